using System.CommandLine;
using System.Diagnostics;
using MlKata.Cli.Server;
using MlKata.Core.Benchmarks;
using MlKata.Core.Catalog;
using MlKata.Core.Engine.DotnetTest;
using MlKata.Core.Processes;
using Spectre.Console;

namespace MlKata.Cli.Commands.Dev;

/// <summary>
/// `mlkata dev bench-check`: a one-shot `mlkata check` against `dotnet test` as whole processes,
/// as a learner runs them, side by side in one run on one folder: alternating after the same edit,
/// then again with no edit. The check server is warmed up first; `--no-server` is the in-process
/// path for comparison. Reports medians; never passes or fails on them.
/// </summary>
internal static class BenchCheckCommand
{
    public static Command Create()
    {
        var kataId = new Option<string>("--kata") { Description = "The kata to measure.", DefaultValueFactory = _ => "sliding-window-average" };
        var runs = new Option<int>("--runs") { Description = "Measured rounds, after warm-up, of each case.", DefaultValueFactory = _ => 7 };
        var command = new Command("bench-check", "Measure a one-shot `mlkata check` (warm server, and --no-server) against `dotnet test`, as whole processes.") { kataId, runs };
        command.SetAction(result => CliRun.Guarded(() => Run(result.GetValue(kataId)!, Math.Max(3, result.GetValue(runs)))));
        return command;
    }

    private static int Run(string kataId, int runs)
    {
        var repository = Repository.Locate();
        var kata = repository.FindKata(kataId);
        var address = ServerAddress.ForThisBuild() ?? throw CliException.Infrastructure("This system has no private folder for the check server's socket.");

        // One folder both commands run on: the project `dotnet test` builds, with the kata.json that makes it a learner's kata folder too.
        var folder = Path.Combine(repository.Root, "artifacts", "dotnet-test", kata.Id);
        new DotnetTestChecker(repository.Root).Check(kata, BenchEngineCommand.Edited(kata, 0), "bench");
        File.Copy(Path.Combine(kata.Directory, KataManifestReader.FileName), Path.Combine(folder, KataManifestReader.FileName), overwrite: true);
        var learnerFile = Path.Combine(folder, KataLayout.Source, kata.Manifest.LearnerFiles[0]);
        var edits = 0;
        void Edit() => File.WriteAllText(learnerFile, BenchEngineCommand.Edited(kata, ++edits)[0].Text);

        var cli = Path.Combine(AppContext.BaseDirectory, "mlkata.dll");
        var sides = new (string Name, string[] Arguments)[]
        {
            ("mlkata check (warm server)", [cli, "check", folder]),
            ("mlkata check --no-server", [cli, "check", "--no-server", folder]),
            ("dotnet test", ["test", folder]),
        };
        AnsiConsole.MarkupLine($"[grey]{Environment.ProcessorCount} cores, .NET {Environment.Version}; kata {kata.Id} in {Markup.Escape(folder)}; {runs} rounds per case after warm-up, the sides alternating, each a whole process:[/]");
        foreach (var (_, arguments) in sides)
        {
            AnsiConsole.MarkupLine($"[grey]  dotnet {Markup.Escape(string.Join(' ', arguments))}[/]");
        }

        var server = new CheckServerClient(address);
        server.Stop(); // the first check starts a fresh server, whose log counts this run's checks alone
        var table = new Table().AddColumns(["case", .. sides.Select(s => $"{s.Name} median (min–max)"), "dotnet test / warm check"]);
        foreach (var (name, edit) in new (string, bool)[] { ("after an edit", true), ("no edit", false) })
        {
            var timings = Measure(sides.Select(s => s.Arguments).ToList(), folder, runs, edit ? Edit : () => { });
            table.AddRow([name, .. timings.Select(t => t.MedianAndRange), $"{timings[^1].Median / timings[0].Median:0.0}×"]);
        }

        var served = CheckServerHost.ChecksServed(address);
        server.Stop();
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"The check server served {served} of the {2 * (runs + WarmUpRounds)} warm-server checks (the first starts it).");
        return ExitCodes.Success;
    }

    private const int WarmUpRounds = 2;

    // Round by round, each round after its own edit, every side once, in an order that turns each
    // round: no side always runs first after the edit, nor always right after another.
    private static IReadOnlyList<Timing> Measure(IReadOnlyList<string[]> sides, string folder, int runs, Action edit)
    {
        var samples = sides.Select(_ => new List<TimeSpan>()).ToList();
        for (var round = -WarmUpRounds; round < runs; round++)
        {
            edit();
            for (var turn = 0; turn < sides.Count; turn++)
            {
                var side = (turn + Math.Max(round, 0)) % sides.Count;
                var clock = Stopwatch.StartNew();
                DotnetCli.Run(folder, null, sides[side]);
                if (round >= 0)
                {
                    samples[side].Add(clock.Elapsed);
                }
            }
        }

        return samples.Select(s => new Timing(s)).ToList();
    }
}
