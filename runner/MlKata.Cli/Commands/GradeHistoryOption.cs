using System.CommandLine;
using MlKata.Core.Grading;
using MlKata.Core.Reports;

namespace MlKata.Cli.Commands;

/// <summary>
/// `--history &lt;file&gt;` of `grade` and `merge`: the group's JSON Lines history, which the run
/// appends its record to and the scoreboard charts.
/// </summary>
internal sealed record GradeHistoryOption(string Path, IReadOnlyList<GradedRun> Earlier)
{
    public static Option<string?> Create() => new("--history")
    {
        Description = "A JSON Lines file of the group's graded runs (created on the first run): this run appends one line (time, seed, each learner's points, max points and katas passed), and scoreboard.html charts the group's progress from it. For a sharded run, give it to merge rather than to each shard.",
    };

    /// <summary>
    /// The history at <paramref name="path"/> (null: no --history), read before any grading, so
    /// a malformed file stops the run before its minutes are spent rather than after.
    /// </summary>
    public static GradeHistoryOption? Load(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return new GradeHistoryOption(path, GradeHistoryFile.Read(path));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw CliException.BadInput(e is InvalidDataException ? e.Message : $"Cannot read the history {path}: {e.Message}");
        }
    }

    /// <summary>Appends <paramref name="run"/> to the file; the runs, this one last, for the chart.</summary>
    public IReadOnlyList<GradedRun> Append(GradedRun run)
    {
        GradeHistoryFile.Append(Path, run);
        return [.. Earlier, run];
    }
}
