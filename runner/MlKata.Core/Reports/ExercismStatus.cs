using MlKata.Core.Engine;
using MlKata.Core.Grading;

namespace MlKata.Core.Reports;

/// <summary>
/// The status strings of the Exercism test-runner interface v3: the one mapping that `check`'s
/// results.json and `grade`'s share, so the two shapes cannot drift apart.
/// </summary>
internal static class ExercismStatus
{
    /// <summary>Every test passed.</summary>
    public const string Pass = "pass";

    /// <summary>The tests ran and one did not pass.</summary>
    public const string Fail = "fail";

    /// <summary>The tests did not complete (compile error, time-out, crash, invalid or missing submission, grader failure).</summary>
    public const string Error = "error";

    /// <summary>A graded kata's status.</summary>
    public static string Of(GradeStatus status) => status switch
    {
        GradeStatus.Passed => Pass,
        GradeStatus.Failed => Fail,
        _ => Error,
    };

    /// <summary>A checked kata's status: the status it is graded with.</summary>
    public static string Of(KataStatus status) => Of(GradeRow.StatusOf(status));

    /// <summary>One test's status: a test cut off by the time limit did not complete.</summary>
    public static string Of(TestVerdict verdict) => verdict switch
    {
        TestVerdict.Passed => Pass,
        TestVerdict.TimedOut => Error,
        _ => Fail,
    };

    /// <summary>The verdict a test's status was written from (as `mlkata merge` reads it back).</summary>
    public static TestVerdict VerdictOf(string? status) => status switch
    {
        Pass => TestVerdict.Passed,
        Error => TestVerdict.TimedOut,
        _ => TestVerdict.Failed,
    };
}
