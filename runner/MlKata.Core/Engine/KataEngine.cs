using MlKata.Core.Catalog;

namespace MlKata.Core.Engine;

/// <summary>
/// Checks a kata submission: compiles the learner's files as their own assembly and the kata's
/// canonical tests against it in memory, runs the MLK analyzers on the learner's compilation,
/// refuses names that stand in for the tests' own, and runs the tests in-process.
/// The learner's own copy of the tests never counts: only <see cref="Kata.ReadTests"/> is compiled.
/// </summary>
public static class KataEngine
{
    /// <summary>Checks <paramref name="learnerFiles"/> against <paramref name="kata"/>'s canonical tests, in this process.</summary>
    public static KataResult Check(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName = "submission", ITestProgress? progress = null) =>
        Prepare(kata, learnerFiles, runName) switch
        {
            { Result: { } verdict } => verdict,
            { Run: { } run } => Finish(run, InProcessTestRunner.Run(run.Learner, run.Tests, run.Manifest.TimeLimit, progress)),
            _ => throw new InvalidOperationException("Prepare returns a run or a result."),
        };

    /// <summary>
    /// Compiles, analyzes and admits a submission: the run to start, or the result of one that
    /// does not get to run (a compile error, a break of the submission policy). Runs no learner code.
    /// </summary>
    public static (PreparedRun? Run, KataResult? Result) Prepare(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(learnerFiles);
        var manifest = kata.Manifest;
        var compiled = SubmissionCompiler.Compile(AssemblyName(kata, runName), learnerFiles, kata.ReadTests(), manifest.Gpu);

        // Hints are worth showing even when the code does not compile yet: analyzers run either way.
        var learnerPaths = learnerFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var policy = SubmissionPolicyOptions.For(manifest, learnerPaths);
        IReadOnlyList<BuildDiagnostic> diagnostics = [.. compiled.Diagnostics, .. MlkAnalyzers.Analyze(compiled.Learner, learnerPaths, policy)];
        if (!compiled.Succeeded)
        {
            return (null, KataResult.CompileError(manifest, compiled.Errors.ToList(), diagnostics));
        }

        var violations = SubmissionGate.Violations(kata, compiled, diagnostics);
        return violations.Count > 0
            ? (null, KataResult.Invalid(manifest, violations, diagnostics))
            : (new PreparedRun(manifest, compiled.LearnerAssembly!, compiled.TestsAssembly!, diagnostics), null);
    }

    /// <summary>The result of <paramref name="prepared"/> once its tests ran as <paramref name="tests"/>.</summary>
    public static KataResult Finish(PreparedRun prepared, TestRun tests)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(tests);
        var (manifest, diagnostics) = (prepared.Manifest, prepared.Diagnostics);
        return tests.End switch
        {
            TestRunEnd.LoadFailed => KataResult.WithoutTests(manifest, KataStatus.InfrastructureError, tests.Message ?? "the tests could not be loaded", diagnostics),
            TestRunEnd.TimedOut => new KataResult(manifest.Id, KataStatus.TimedOut, tests.Message!, GradedRules.Append(manifest, tests.Tests, diagnostics), diagnostics, manifest.Points),
            _ => KataResult.FromTests(manifest, GradedRules.Append(manifest, tests.Tests, diagnostics), diagnostics),
        };
    }

    private static string AssemblyName(Kata kata, string runName) =>
        $"MlKata.Submission.{kata.Id}.{runName}".Replace(' ', '_');
}
