using MlKata.Core.Catalog;

namespace MlKata.Core.Engine;

/// <summary>The overall outcome of checking one kata submission.</summary>
public enum KataStatus
{
    /// <summary>Every test passed.</summary>
    Passed,

    /// <summary>It compiled and at least one test did not pass.</summary>
    Failed,

    /// <summary>The learner's files (with the canonical tests) did not compile.</summary>
    CompileError,

    /// <summary>
    /// The submission breaks the submission policy (reflection, unsafe code, process control…) or
    /// declares a name that the tests would bind to instead of NUnit's or the kit's: not run.
    /// </summary>
    Invalid,

    /// <summary>The tests did not finish within the kata's time limit.</summary>
    TimedOut,

    /// <summary>The process running the tests died (stack overflow, exit, memory cap).</summary>
    Crashed,

    /// <summary>The engine itself failed; not the learner's fault.</summary>
    InfrastructureError,
}

/// <summary>What checking one kata submission found.</summary>
/// <param name="KataId">The kata checked.</param>
/// <param name="Status">The overall outcome.</param>
/// <param name="Message">One line a learner reads first: what happened and where.</param>
/// <param name="Tests">Each canonical test's verdict (empty when nothing ran).</param>
/// <param name="Diagnostics">Compiler and analyzer diagnostics.</param>
/// <param name="PointsPossible">The kata's total points.</param>
public sealed record KataResult(
    string KataId,
    KataStatus Status,
    string Message,
    IReadOnlyList<TestOutcome> Tests,
    IReadOnlyList<BuildDiagnostic> Diagnostics,
    int PointsPossible)
{
    /// <summary>Points from the tests that passed.</summary>
    public int PointsEarned => Tests.Sum(t => t.PointsEarned);

    private const int ErrorsInMessage = 3;

    /// <summary>The result of tests that ran to the end: passed when every one passed.</summary>
    public static KataResult FromTests(KataManifest manifest, IReadOnlyList<TestOutcome> tests, IReadOnlyList<BuildDiagnostic> diagnostics)
    {
        var failed = tests.Count(t => t.Verdict != TestVerdict.Passed);
        var message = failed == 0 ? $"all {Counted.Of(tests.Count, "test")} passed" : $"{failed} of {Counted.Of(tests.Count, "test")} failed";
        return new KataResult(manifest.Id, failed == 0 ? KataStatus.Passed : KataStatus.Failed, message, tests, diagnostics, manifest.Points);
    }

    /// <summary>The result of learner files that do not compile: the first errors, with file and line.</summary>
    public static KataResult CompileError(KataManifest manifest, IReadOnlyList<BuildDiagnostic> errors, IReadOnlyList<BuildDiagnostic> diagnostics)
    {
        var shown = string.Join(Environment.NewLine, errors.Take(ErrorsInMessage));
        var more = errors.Count > ErrorsInMessage ? $"{Environment.NewLine}(and {Counted.Of(errors.Count - ErrorsInMessage, "more error", "more errors")})" : "";
        return WithoutTests(manifest, KataStatus.CompileError, $"does not compile:{Environment.NewLine}{shown}{more}", diagnostics);
    }

    /// <summary>The result of a submission the grader will not run: each violation, with file and line, also among its diagnostics.</summary>
    public static KataResult Invalid(KataManifest manifest, IReadOnlyList<BuildDiagnostic> violations, IReadOnlyList<BuildDiagnostic> diagnostics)
    {
        var shown = string.Join(Environment.NewLine, violations.Take(ErrorsInMessage));
        var more = violations.Count > ErrorsInMessage ? $"{Environment.NewLine}(and {violations.Count - ErrorsInMessage} more)" : "";
        return WithoutTests(manifest, KataStatus.Invalid, $"not run: the submission breaks the submission policy:{Environment.NewLine}{shown}{more}", [.. diagnostics.Except(violations), .. violations]);
    }

    /// <summary>A result with no test verdicts, for a submission that never got to run.</summary>
    public static KataResult WithoutTests(KataManifest manifest, KataStatus status, string message, IReadOnlyList<BuildDiagnostic>? diagnostics = null) =>
        new(manifest.Id, status, message, [], diagnostics ?? [], manifest.Points);
}
