using System.CommandLine;
using System.Diagnostics;
using MlKata.Core;
using MlKata.Core.Engine.Isolation;
using MlKata.Core.Grading;
using MlKata.Core.Reports;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>
/// `mlkata grade &lt;submissions&gt;`: every learner's katas, scored by the canonical tests, with
/// results.json, junit.xml, summary.md and scoreboard.html written to --out.
/// </summary>
internal static class GradeCommand
{
    public const string DefaultOut = "mlkata-results";

    public static Command Create()
    {
        var submissions = new Argument<string>("submissions") { Description = "A folder of learners' folders, one learner's folder, or one kata folder." };
        var output = new Option<string>("--out") { Description = "Where to write the reports.", DefaultValueFactory = _ => DefaultOut };
        var katas = new Option<string[]>("--kata") { Description = "Grade only these katas (repeatable); a learner without one gets a 'missing' row." };
        var timeout = new Option<int?>("--timeout") { Description = "Seconds each kata's tests may run (default: the kata's own limit)." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many katas to grade at once, each in its own worker.", DefaultValueFactory = _ => 1 };
        var shard = new Option<string?>("--shard") { Description = "Grade only slice i of n (i/n, 1-based): a deterministic split for parallel CI jobs." };
        var seed = new Option<int?>("--seed") { Description = "The grading seed mixed into the tests' seeded data (default: drawn at random and recorded in the reports); give every shard of a run the same one." };
        var noSandbox = new Option<bool>("--no-sandbox") { Description = "Run learner code without the bubblewrap sandbox (where it is missing); the reports say so." };
        var history = GradeHistoryOption.Create();
        var command = new Command("grade", "Grade learners' katas with the canonical tests and write the reports.") { submissions, output, katas, timeout, jobs, shard, seed, noSandbox, history };
        command.SetAction(result => CliRun.Guarded(() => Run(
            result.GetValue(submissions)!,
            result.GetValue(output)!,
            result.GetValue(katas) ?? [],
            result.GetValue(timeout),
            result.GetValue(jobs),
            result.GetValue(shard),
            result.GetValue(seed) ?? Random.Shared.Next(),
            !result.GetValue(noSandbox),
            result.GetValue(history))));
        return command;
    }

    private static int Run(string submissions, string output, string[] kataIds, int? timeout, int jobs, string? shard, int seed, bool sandboxed, string? historyPath)
    {
        if (jobs < 1 || timeout is < 1)
        {
            throw CliException.BadInput("--jobs and --timeout must be at least 1.");
        }

        var history = GradeHistoryOption.Load(historyPath);

        var (shardIndex, shardCount) = ParseShard(shard);
        var repository = Repository.Locate();
        var catalog = repository.LoadCatalog();
        foreach (var id in kataIds)
        {
            repository.FindKata(id); // an unknown --kata is bad usage, named with the valid ids
        }

        IReadOnlyList<GradeJob> work;
        try
        {
            work = SubmissionScanner.Scan(submissions, kataIds);
        }
        catch (DirectoryNotFoundException e)
        {
            throw CliException.BadInput(e.Message);
        }

        if (work.Count == 0)
        {
            throw CliException.BadInput($"No kata folders (folders holding a kata.json) under {submissions}.");
        }

        work = SubmissionScanner.Shard(work, shardIndex, shardCount);
        var clock = Stopwatch.StartNew();
        if (sandboxed && Bubblewrap.Unavailable is { } why)
        {
            // The machine lacks what grading needs: infrastructure (3), so a group's CI goes red, not quiet.
            throw CliException.Infrastructure($"Cannot grade in the sandbox: {why}. Install it, or pass --no-sandbox to run learner code unsandboxed (the reports will say so).");
        }

        // Each job gets a fresh worker that sees neither the submissions, nor the reports, nor the
        // catalog (it runs what this process compiled); the seed reshapes the tests' data the same
        // way for every learner.
        var options = new WorkerOptions
        {
            FreshWorkerPerJob = true,
            Seed = seed,
            SandboxHiding = sandboxed ? [submissions, output, .. catalog.Select(k => Path.GetDirectoryName(k.Directory)!).Distinct()] : null,
        };
        AnsiConsole.MarkupLine(sandboxed
            ? $"[grey]Learner code runs in the bubblewrap sandbox; grading seed {seed}.[/]"
            : $"[yellow]Learner code runs unsandboxed (--no-sandbox); grading seed {seed}.[/]");
        var conditions = new GradingConditions(seed, sandboxed ? GradingConditions.Bubblewrap : GradingConditions.NoSandbox);
        var grader = new Grader(catalog, () => new WorkerChecker(options), timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : null, conditions);
        var rows = grader.Grade(work, jobs, row =>
            AnsiConsole.MarkupLine($"{SummaryMarkdown.Icon(row.Status)} {Markup.Escape(row.Learner)}/{Markup.Escape(row.KataId)}: {row.Status} {row.Points}/{row.MaxPoints} [grey]({row.Seconds:0.0} s)[/]"));

        return Report(rows, output, catalog.ToDictionary(k => k.Id, k => k.Manifest.Title), history,
            $"graded {Counted.Of(rows.Count, "kata folder")} in {clock.Elapsed.TotalSeconds:0.0} s with {Counted.Of(jobs, "job")}");
    }

    /// <summary>
    /// Appends the run to the history (when kept), writes the reports and turns the rows into the
    /// exit code: 0 all passed, 1 something failed, 3 the grader failed.
    /// </summary>
    public static int Report(IReadOnlyList<GradeRow> rows, string output, IReadOnlyDictionary<string, string> titles, GradeHistoryOption? history, string what)
    {
        var now = DateTimeOffset.UtcNow;
        var runs = history?.Append(GradedRun.Of(rows, now));
        GradeReports.WriteAll(output, rows, titles, now, runs);
        AnsiConsole.MarkupLine($"{Markup.Escape(what)}: {rows.Count(r => r.Status == GradeStatus.Passed)} passed, {rows.Count(r => r.Status != GradeStatus.Passed)} not; reports in {Markup.Escape(Path.GetFullPath(output))}");
        return rows.Any(r => r.Status == GradeStatus.InfrastructureError) ? ExitCodes.Infrastructure
            : rows.All(r => r.Status == GradeStatus.Passed) ? ExitCodes.Success
            : ExitCodes.Failed;
    }

    private static (int Index, int Count) ParseShard(string? shard)
    {
        if (shard is null)
        {
            return (1, 1);
        }

        var parts = shard.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out var index) && int.TryParse(parts[1], out var count) && count >= 1 && index >= 1 && index <= count
            ? (index, count)
            : throw CliException.BadInput($"--shard must be i/n with 1 ≤ i ≤ n (for example 2/4), not '{shard}'.");
    }
}
