using MlKata.Core.Grading;

namespace MlKata.Core.Tests;

/// <summary>
/// A study group's history of three weekly graded runs, the last of them <see cref="SampleGradeRows.All"/>:
/// alice climbs, bob jumps, carol stays at zero, dan moves once and erin joins at the second run.
/// </summary>
internal static class SampleGradeHistory
{
    public static readonly DateTimeOffset LastRun = new(2026, 11, 26, 18, 30, 0, TimeSpan.Zero);

    public static readonly GradedRun[] Runs =
    [
        new(LastRun.AddDays(-14), 20261112,
        [
            new("alice", 10, 43, 0),
            new("bob", 0, 43, 0),
            new("carol", 0, 43, 0),
            new("dan", 4, 43, 0),
        ]),
        new(LastRun.AddDays(-7), 20261119,
        [
            new("alice", 22, 43, 1),
            new("bob", 21, 43, 1),
            new("carol", 0, 43, 0),
            new("dan", 4, 43, 0),
            new("erin", 0, 26, 0),
        ]),
        GradedRun.Of(SampleGradeRows.All, LastRun),
    ];
}
