using System.CommandLine;
using MlKata.Core.Catalog;
using MlKata.Core.Engine.Isolation;
using MlKata.Core.Verification;
using Spectre.Console;

namespace MlKata.Cli.Commands.Dev;

/// <summary>
/// `mlkata dev verify [--kata id]`: for authors. The stub fails every test, the reference passes
/// every test with no MLK diagnostic, every mistake fails a test and fires the rules kata.json
/// lists. The same verifier tests/Katas.Tests runs.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var kataId = new Option<string?>("--kata") { Description = "Verify only this kata." };
        var dotnetTest = KataOptions.DotnetTest();
        var seed = new Option<int?>("--seed") { Description = "Verify under this grading seed, as `mlkata grade` runs: tests whose expectations hold for one seed's data only fail." };
        var command = new Command("verify", "Prove every kata's stub, reference and mistakes behave as they must.") { kataId, dotnetTest, seed };
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var repository = Repository.LocateCheckout("mlkata dev verify");
            var id = result.GetValue(kataId);
            IReadOnlyList<Kata> katas = id is null ? repository.LoadCatalog() : [repository.FindKata(id)];
            using var checker = Checkers.Create(result.GetValue(dotnetTest), workers: Environment.ProcessorCount, new WorkerOptions { Seed = result.GetValue(seed) });

            // Variants are independent: one per worker at a time, reported in catalog order.
            var verdicts = katas
                .SelectMany(kata => kata.VariantNames().Select(v => (Kata: kata, v.Name, v.Kind)))
                .AsParallel().AsOrdered().WithDegreeOfParallelism(checker.Parallelism)
                .Select(v => KataVerifier.Verify(v.Kata, v.Name, v.Kind, checker.Checker))
                .ToList();

            var failures = verdicts.Count(v => !v.Ok);
            var table = new Table().AddColumns("kata", "variant", "verdict", "detail");
            foreach (var verdict in verdicts)
            {
                table.AddRow(
                    Markup.Escape(verdict.KataId),
                    Markup.Escape(verdict.Variant.ToString()),
                    verdict.Ok ? "[green]ok[/]" : "[red]NOT OK[/]",
                    Markup.Escape(Detail(verdict)));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine(failures == 0 ? "[green]Every variant behaves as it must.[/]" : $"[red]{failures} variant(s) do not.[/]");
            return failures == 0 ? ExitCodes.Success : ExitCodes.Failed;
        }));
        return command;
    }

    private static string Detail(VariantVerdict verdict)
    {
        if (!verdict.Ok)
        {
            return string.Join("; ", verdict.Problems);
        }

        return verdict.Variant.Kind == VariantKind.Mistake
            ? $"rejected by {string.Join(", ", verdict.FailingTests.Select(t => t.Name).Take(3))}{(verdict.FailingTests.Count() > 3 ? ", …" : "")}"
            : verdict.Result.Message;
    }
}
