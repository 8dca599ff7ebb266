using System.CommandLine;
using MlKata.Core.Mutation;
using Spectre.Console;

namespace MlKata.Cli.Commands.Dev;

/// <summary>
/// `mlkata dev mutate &lt;id&gt;`: how strong a kata's canonical tests are. Stryker.NET mutates the
/// reference (kernels excluded: ILGPU cannot compile Stryker's switches) and the tests must
/// catch the mutants; passes when the score reaches the threshold.
/// </summary>
internal static class MutateCommand
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(60);

    public static Command Create()
    {
        var kataId = new Argument<string>("id") { Description = "The kata to mutation-test." };
        var threshold = new Option<double>("--threshold") { Description = "The lowest passing mutation score, in percent.", DefaultValueFactory = _ => 90 };
        var concurrency = new Option<int>("--concurrency") { Description = "Stryker's test sessions side by side.", DefaultValueFactory = _ => 1 };
        var command = new Command("mutate", "Mutation-test a kata's canonical tests against its reference with Stryker.NET.") { kataId, threshold, concurrency };
        command.SetAction(result => CliRun.Guarded(() => Run(result.GetValue(kataId)!, result.GetValue(threshold), result.GetValue(concurrency))));
        return command;
    }

    private static int Run(string id, double threshold, int concurrency)
    {
        if (threshold is < 0 or > 100 || concurrency < 1)
        {
            throw CliException.BadInput("--threshold must be from 0 to 100 and --concurrency at least 1.");
        }

        var repository = Repository.LocateCheckout("mlkata dev mutate");
        var kata = repository.FindKata(id);
        AnsiConsole.MarkupLine($"[grey]Mutating the reference of {Markup.Escape(kata.Id)} with Stryker.NET (minutes; --concurrency {concurrency})…[/]");
        MutationOutcome outcome;
        try
        {
            outcome = KataMutationTest.Run(repository.Root, kata, concurrency, Limit);
        }
        catch (MutationToolException e)
        {
            throw CliException.Infrastructure(e.Message);
        }

        Print(outcome);
        var report = outcome.Report;
        if (report.Score is not { } score)
        {
            AnsiConsole.MarkupLine("[yellow]No valid mutant: nothing to measure.[/]");
            return ExitCodes.Failed;
        }

        var passed = score >= threshold;
        AnsiConsole.MarkupLine(passed
            ? $"[green]Mutation score {score:0.00} % ≥ {threshold:0.##} %.[/]"
            : $"[red]Mutation score {score:0.00} % < {threshold:0.##} %.[/]");
        return passed ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static void Print(MutationOutcome outcome)
    {
        foreach (var kernel in outcome.ExcludedKernels)
        {
            AnsiConsole.MarkupLine($"excluded kernel span: {Markup.Escape(kernel.ToString())}");
        }

        var report = outcome.Report;
        var counts = Enum.GetValues<MutantStatus>().Where(s => report.Count(s) > 0).Select(s => $"{s} {report.Count(s)}");
        AnsiConsole.MarkupLine($"{report.Mutants.Count} mutants: {Markup.Escape(string.Join(", ", counts))} ({outcome.Elapsed.TotalSeconds:0} s)");
        AnsiConsole.MarkupLine($"score = (Killed + Timeout) / (Killed + Timeout + Survived + NoCoverage) = {report.Detected}/{report.Valid}");
        foreach (var mutant in report.Missed)
        {
            AnsiConsole.MarkupLine($"{(mutant.Status == MutantStatus.Survived ? "survived" : "no coverage")}: {Markup.Escape(mutant.ToString())}");
        }
    }
}
