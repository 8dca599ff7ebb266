using System.Collections.Concurrent;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;

namespace MlKata.Core.Grading;

/// <summary>
/// What a kata's result is held to when it is graded: its canonical tests as NUnit finds them in
/// the tests built over the stub (trusted code only, explored in this process and never run),
/// and its graded rules. A worker's result counts only through this list: each canonical test
/// once, with its canonical task and points, a test the worker did not report as failed, and any
/// other name dropped; so no result scores above the kata's total, whatever a worker says.
/// </summary>
public static class CanonicalTests
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<TestOutcome>> Cache = new(StringComparer.Ordinal);

    /// <summary>The canonical tests of <paramref name="kata"/> (verdicts meaningless), with tasks and points.</summary>
    /// <exception cref="InvalidOperationException">The stub and tests do not compile: the catalog is broken.</exception>
    public static IReadOnlyList<TestOutcome> Of(Kata kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return Cache.GetOrAdd(kata.Directory, _ =>
        {
            var compiled = SubmissionCompiler.Compile($"{kata.Id}.Canonical", kata.ReadStub().LearnerFiles, kata.ReadTests(), kata.Manifest.Gpu);
            if (!compiled.Succeeded)
            {
                throw new InvalidOperationException($"The catalog's {kata.Id} stub and tests do not compile: {compiled.Errors.FirstOrDefault()}");
            }

            return GradedRules.Append(kata.Manifest, InProcessTestRunner.Explore(compiled.LearnerAssembly!, compiled.TestsAssembly!), []);
        });
    }

    /// <summary><paramref name="result"/> held to <paramref name="kata"/>'s canonical tests.</summary>
    public static KataResult Hold(KataResult result, Kata kata)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Tests.Count == 0)
        {
            return result; // nothing ran, nothing scores
        }

        var reported = new Dictionary<string, TestOutcome>(StringComparer.Ordinal);
        foreach (var outcome in result.Tests)
        {
            reported.TryAdd(outcome.Name, outcome); // the first report of a test is its verdict
        }

        var held = Of(kata)
            .Select(canonical => reported.TryGetValue(canonical.Name, out var outcome)
                ? outcome with { Task = canonical.Task, Points = canonical.Points }
                : canonical with { Verdict = TestVerdict.Failed, Message = "no result was reported for this test" })
            .ToList();
        return result.Status is KataStatus.Passed or KataStatus.Failed
            ? KataResult.FromTests(kata.Manifest, held, result.Diagnostics)
            : result with { Tests = held };
    }
}
