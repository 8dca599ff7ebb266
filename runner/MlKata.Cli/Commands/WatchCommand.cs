using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using MlKata.Core.Engine;
using MlKata.Core.Engine.Isolation;
using MlKata.Core.Learners;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>
/// `mlkata watch [dir]`: re-check the kata on every save, with one warm worker, so the verdict
/// follows the edit in well under a second. `--json` prints one line per verdict instead of a
/// screen, with the save-to-verdict latency, for scripts and the benchmark.
/// </summary>
internal static class WatchCommand
{
    // Editors save in bursts (write, rename, touch): wait this long for the burst to end.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

    public static Command Create()
    {
        var folder = KataOptions.Folder();
        var json = new Option<bool>("--json") { Description = "Print one JSON line per verdict (with the save-to-verdict latency) instead of a screen." };
        var command = new Command("watch", "Re-check the kata on every save; Ctrl+C stops.") { folder, json };
        command.SetAction(result => CliRun.Guarded(() =>
            Run(LearnerKata.Locate(result.GetValue(folder) ?? Environment.CurrentDirectory, Repository.Locate().LoadCatalog()), result.GetValue(json))));
        return command;
    }

    private static int Run(LearnerKata learner, bool json)
    {
        using var checker = new WorkerChecker();
        using var changes = new BlockingCollection<long>();
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        using var watcher = new FileSystemWatcher(learner.SourceFolder, "*.cs")
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, _) => changes.Add(Stopwatch.GetTimestamp());
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => changes.Add(Stopwatch.GetTimestamp());
        watcher.EnableRaisingEvents = true;

        Report(learner, checker, Stopwatch.GetTimestamp(), json);
        try
        {
            while (true)
            {
                var firstChange = changes.Take(stop.Token);
                while (changes.TryTake(out _, Debounce))
                {
                    // swallow the rest of the burst; the latency counts from its first event
                }

                Report(learner, checker, firstChange, json);
            }
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }
    }

    private static void Report(LearnerKata learner, IKataChecker checker, long changedAt, bool json)
    {
        KataResult result;
        try
        {
            result = CheckCommand.CheckAndRecord(learner, checker);
        }
        catch (LearnerKataException e)
        {
            // A file mid-rename or deleted: say so and keep watching.
            result = KataResult.WithoutTests(learner.Kata.Manifest, KataStatus.CompileError, e.Message);
        }

        var latency = Stopwatch.GetElapsedTime(changedAt);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                kata = result.KataId,
                status = result.Status.ToString(),
                passed = result.Tests.Count(t => t.Verdict == TestVerdict.Passed),
                failed = result.Tests.Count(t => t.Verdict != TestVerdict.Passed),
                points = result.PointsEarned,
                maxPoints = result.PointsPossible,
                latencyMs = Math.Round(latency.TotalMilliseconds, 1),
                at = DateTimeOffset.Now,
                message = result.Message,
            }));
            return;
        }

        AnsiConsole.Clear();
        AnsiConsole.MarkupLine($"[bold]mlkata watch[/] {Markup.Escape(learner.Kata.Manifest.Title)} [grey]({Markup.Escape(learner.SourceFolder)}; Ctrl+C stops)[/]");
        AnsiConsole.WriteLine();
        ResultView.Show(result, learner.Kata.Manifest.LearnerFiles);
        AnsiConsole.MarkupLine($"[grey]checked at {DateTime.Now:HH:mm:ss}, {latency.TotalMilliseconds:0} ms after the save[/]");
    }
}
