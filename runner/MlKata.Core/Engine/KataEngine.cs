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
    /// <summary>Checks <paramref name="learnerFiles"/> against <paramref name="kata"/>'s canonical tests.</summary>
    public static KataResult Check(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName = "submission", ITestProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(learnerFiles);
        var manifest = kata.Manifest;
        var compiled = SubmissionCompiler.Compile(AssemblyName(kata, runName), learnerFiles, kata.ReadTests(), manifest.Gpu);

        // Hints are worth showing even when the code does not compile yet: analyzers run either way.
        var learnerPaths = learnerFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<BuildDiagnostic> diagnostics = [.. compiled.Diagnostics, .. MlkAnalyzers.Analyze(compiled.Learner, learnerPaths)];
        if (!compiled.Succeeded)
        {
            return KataResult.CompileError(manifest, compiled.Errors.ToList(), diagnostics);
        }

        var violations = SubmissionGate.Violations(kata, compiled, diagnostics);
        if (violations.Count > 0)
        {
            return KataResult.Invalid(manifest, violations, diagnostics);
        }

        var run = InProcessTestRunner.Run(compiled.LearnerAssembly!, compiled.TestsAssembly!, manifest.TimeLimit, progress);
        return run.End switch
        {
            TestRunEnd.LoadFailed => KataResult.WithoutTests(manifest, KataStatus.InfrastructureError, run.Message ?? "the tests could not be loaded", diagnostics),
            TestRunEnd.TimedOut => new KataResult(manifest.Id, KataStatus.TimedOut, run.Message!, GradedRules.Append(manifest, run.Tests, diagnostics), diagnostics, manifest.Points),
            _ => KataResult.FromTests(manifest, GradedRules.Append(manifest, run.Tests, diagnostics), diagnostics),
        };
    }

    private static string AssemblyName(Kata kata, string runName) =>
        $"MlKata.Submission.{kata.Id}.{runName}".Replace(' ', '_');
}
