using System.CommandLine;
using System.Diagnostics;
using MlKata.Core.Benchmarks;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Engine.DotnetTest;
using MlKata.Core.Engine.Isolation;
using MlKata.Core.Processes;
using Spectre.Console;

namespace MlKata.Cli.Commands.Dev;

/// <summary>
/// `mlkata bench-engine`: the speed of the learner's loop, measured side by side in one run.
/// For each kata: edit→verdict with a warm worker (what `mlkata watch` does after a save)
/// against `dotnet test` after the same edit, as medians of repeated runs; then a cold
/// `mlkata verify` of every kata in a fresh process. Reports numbers; never passes or fails on them.
/// </summary>
internal static class BenchEngineCommand
{
    public static Command Create()
    {
        var kataIds = new Option<string[]>("--kata") { Description = "Katas to measure (default: all)." };
        var runs = new Option<int>("--runs") { Description = "Measured runs per side (after warm-up).", DefaultValueFactory = _ => 7 };
        var command = new Command("bench-engine", "Measure warm check against dotnet test on the same kata, and a cold verify of every kata.") { kataIds, runs };
        command.SetAction(result => CliRun.Guarded(() => Run(result.GetValue(kataIds) ?? [], Math.Max(3, result.GetValue(runs)))));
        return command;
    }

    private static int Run(string[] kataIds, int runs)
    {
        var repository = Repository.LocateCheckout("mlkata dev bench-engine");
        IReadOnlyList<Kata> katas = kataIds.Length == 0 ? repository.LoadCatalog() : kataIds.Select(repository.FindKata).ToList();
        AnsiConsole.MarkupLine($"[grey]{Environment.ProcessorCount} cores, .NET {Environment.Version}; {runs} measured runs per side after warm-up; each run follows an edit of the learner's file.[/]");

        var table = new Table().AddColumns("kata", "warm check median (min–max)", "dotnet test median (min–max)", "ratio");
        using (var worker = new WorkerChecker())
        {
            var dotnetTest = new DotnetTestChecker(repository.Root);
            foreach (var kata in katas)
            {
                var warm = Measure(runs, warmUp: 2, edit => worker.Check(kata, Edited(kata, edit), "bench"));
                var project = Path.Combine(repository.Root, "artifacts", "dotnet-test", kata.Id);
                dotnetTest.Check(kata, Edited(kata, 0), "bench"); // writes and builds the project once
                var learnerFile = Path.Combine(project, KataLayout.Source, kata.Manifest.LearnerFiles[0]);
                var dotnet = Measure(runs, warmUp: 1, edit =>
                {
                    File.WriteAllText(learnerFile, Edited(kata, edit)[0].Text);
                    DotnetCli.Run(project, null, "test", "-nologo");
                });
                table.AddRow(kata.Id, warm.MedianAndRange, dotnet.MedianAndRange, $"{dotnet.Median / warm.Median:0.0}×");
            }
        }

        AnsiConsole.Write(table);

        var cli = Path.Combine(AppContext.BaseDirectory, "mlkata.dll");
        var clock = Stopwatch.StartNew();
        var (exitCode, _) = DotnetCli.Run(repository.Root, null, cli, "dev", "verify");
        AnsiConsole.MarkupLine($"cold `mlkata dev verify` of all {repository.LoadCatalog().Count} katas in a new process: {clock.Elapsed.TotalSeconds:0.0} s (exit code {exitCode})");
        return ExitCodes.Success;
    }

    /// <summary>The reference with a comment that changes each run: a real edit, so nothing is cached.</summary>
    internal static IReadOnlyList<SourceFile> Edited(Kata kata, int edit) =>
        kata.ReadReference().LearnerFiles.Select((f, i) => i == 0 ? f with { Text = $"{f.Text}\n// edit {edit}\n" } : f).ToList();

    private static Timing Measure(int runs, int warmUp, Action<int> run)
    {
        for (var i = 0; i < warmUp; i++)
        {
            run(-1 - i);
        }

        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            run(i);
            times.Add(clock.Elapsed);
        }

        return new Timing(times);
    }
}
