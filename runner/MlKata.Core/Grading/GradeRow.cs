using MlKata.Core.Engine;

namespace MlKata.Core.Grading;

/// <summary>How one learner's kata was graded.</summary>
public enum GradeStatus
{
    Passed,
    Failed,
    CompileError,
    TimedOut,
    Crashed,

    /// <summary>The submission could not be graded as it stands: a malformed kata.json, a learner file missing, a break of the submission policy.</summary>
    Invalid,

    /// <summary>The learner has no folder for this kata.</summary>
    Missing,

    /// <summary>The grader itself failed; not the learner's doing.</summary>
    InfrastructureError,
}

/// <summary>One (learner, kata) result: every pair gets one, whatever happened.</summary>
/// <param name="Learner">The learner's folder name.</param>
/// <param name="KataId">The kata (or, for an unreadable folder, the folder's name).</param>
/// <param name="Status">The outcome.</param>
/// <param name="Points">Points earned.</param>
/// <param name="MaxPoints">Points possible.</param>
/// <param name="Message">What happened, in a line or a few.</param>
/// <param name="Tests">Each canonical test's verdict, when the tests ran.</param>
/// <param name="Seconds">Wall time spent grading it.</param>
public sealed record GradeRow(string Learner, string KataId, GradeStatus Status, int Points, int MaxPoints, string Message, IReadOnlyList<TestOutcome> Tests, double Seconds)
{
    /// <summary>The grading seed the tests' seeded data were mixed with, when one was.</summary>
    public int? Seed { get; init; }

    /// <summary>What isolated the learner's code: <see cref="GradingConditions.Bubblewrap"/> or <see cref="GradingConditions.NoSandbox"/>; null when not recorded.</summary>
    public string? Sandbox { get; init; }

    /// <summary>The row for a graded kata.</summary>
    public static GradeRow From(string learner, KataResult result, double seconds) =>
        new(learner, result.KataId, StatusOf(result.Status), result.PointsEarned, result.PointsPossible, result.Message, result.Tests, seconds);

    /// <summary>The grade status of a checked kata's status: the same name, for every status a check can end in.</summary>
    public static GradeStatus StatusOf(KataStatus status) => status switch
    {
        KataStatus.Passed => GradeStatus.Passed,
        KataStatus.Failed => GradeStatus.Failed,
        KataStatus.CompileError => GradeStatus.CompileError,
        KataStatus.TimedOut => GradeStatus.TimedOut,
        KataStatus.Crashed => GradeStatus.Crashed,
        KataStatus.Invalid => GradeStatus.Invalid,
        _ => GradeStatus.InfrastructureError,
    };
}
