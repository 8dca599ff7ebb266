using Microsoft.CodeAnalysis;
using MlKata.Core.Authoring;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;

namespace MlKata.Core.Verification;

/// <summary>
/// For kata authors: proves a kata's tests and rules are worth something. The stub fails every
/// test (by assertion or NotImplementedException, not by not compiling), the reference passes
/// every test cleanly, every mistake fails at least one test, the stub and the reference
/// raise no MLK diagnostic, each mistake raises the rules kata.json lists for it, every
/// graded rule is one a mistake proves, in a task that has tests, and every task with hints has tests.
/// </summary>
public static class KataVerifier
{
    /// <summary>Verifies every variant of <paramref name="kata"/> with <paramref name="checker"/>.</summary>
    public static IReadOnlyList<VariantVerdict> Verify(Kata kata, IKataChecker checker) =>
        kata.VariantNames().Select(v => Verify(kata, v.Name, v.Kind, checker)).ToList();

    /// <summary>
    /// Reads and verifies one variant; a mistake or alternative whose patch no longer applies
    /// is a failed verdict that names the hunk, not an exception that stops the others.
    /// </summary>
    public static VariantVerdict Verify(Kata kata, string name, VariantKind kind, IKataChecker checker)
    {
        ArgumentNullException.ThrowIfNull(kata);
        KataVariant variant;
        try
        {
            variant = kata.ReadVariant(name, kind);
        }
        catch (KataFormatException e)
        {
            return new VariantVerdict(kata.Id, new KataVariant(name, kind, []),
                KataResult.WithoutTests(kata.Manifest, KataStatus.InfrastructureError, "could not be read"), [e.Message]);
        }

        return Verify(kata, variant, checker);
    }

    /// <summary>Verifies one variant of <paramref name="kata"/> with <paramref name="checker"/>.</summary>
    public static VariantVerdict Verify(Kata kata, KataVariant variant, IKataChecker checker)
    {
        var result = checker.Check(kata, variant.LearnerFiles, variant.Name);
        var problems = variant.Kind switch
        {
            VariantKind.Stub => StubProblems(result),
            VariantKind.Reference or VariantKind.Alternative => ReferenceProblems(kata, result),
            VariantKind.Mistake => MistakeProblems(result),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant.Kind, "unknown variant kind"),
        };
        problems.AddRange(RuleProblems(kata, variant, result));
        if (variant.Kind == VariantKind.Reference)
        {
            problems.AddRange(KataSkeleton.MarkersLeft(kata).Select(at => $"{at} still holds the skeleton's {KataSkeleton.Marker}: write it"));
        }

        return new VariantVerdict(kata.Id, variant, result, problems);
    }

    private static List<string> StubProblems(KataResult result)
    {
        var problems = new List<string>();
        if (result.Status is not KataStatus.Failed)
        {
            problems.Add($"the stub must compile and fail every test, but its status is {result.Status}: {result.Message}");
        }

        problems.AddRange(result.Tests
            .Where(t => t.Verdict == TestVerdict.Passed)
            .Select(t => $"test {t.Name} passes on the stub: it checks nothing the learner writes"));
        return problems;
    }

    private static List<string> ReferenceProblems(Kata kata, KataResult result)
    {
        var problems = new List<string>();
        if (result.Status is not KataStatus.Passed)
        {
            problems.Add($"a correct solution must pass every test, but its status is {result.Status}: {result.Message}");
        }

        problems.AddRange(result.Tests
            .Where(t => t.Verdict != TestVerdict.Passed)
            .Select(t => $"test {t.Name} rejects a correct solution: {t.Summary}"));
        problems.AddRange(result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Warning)
            .Select(d => $"the reference or tests compile with a warning: {d}"));
        problems.AddRange(result.Tests
            .Where(t => t.Task is null || t.Points is null)
            .Select(t => $"test {t.Name} needs both [Task(n)] and [Points(n)]"));

        // The engine appends the graded rules' outcomes to the tests: their points count here too.
        var points = result.Tests.Sum(t => t.Points ?? 0);
        var graded = kata.Manifest.GradedRules.Values.Sum(r => r.Points);
        if (result.Tests.Count > 0 && points != kata.Manifest.Points)
        {
            var sum = graded == 0 ? $"the tests' [Points] add up to {points}" : $"the tests' [Points] ({points - graded}) and gradedRules' points ({graded}) add up to {points}";
            problems.Add($"kata.json says points = {kata.Manifest.Points}, but {sum}");
        }

        var testedTasks = result.Tests.Where(t => !t.Name.StartsWith(GradedRules.NamePrefix, StringComparison.Ordinal)).Select(t => t.Task).ToHashSet();
        problems.AddRange(kata.Manifest.GradedRules
            .Where(r => result.Tests.Count > 0 && !testedTasks.Contains(r.Value.Task))
            .Select(r => $"kata.json grades {r.Key} in task {r.Value.Task}, which has no test: the rule's points would need no working code"));
        problems.AddRange(kata.Manifest.Hints.Tasks
            .Where(task => result.Tests.Count > 0 && !testedTasks.Contains(task))
            .Select(task => $"kata.json has hints for task {task}, which has no test: `mlkata hint` gives a task's hints while its tests fail"));
        return problems;
    }

    private static IEnumerable<string> RuleProblems(Kata kata, KataVariant variant, KataResult result)
    {
        var fired = result.Diagnostics.Where(IsMlk).ToList();
        if (variant.Kind == VariantKind.Reference)
        {
            // A rule no analyzer provides is the kata's problem, not one mistake's: reported once, with the reference.
            return fired.Select(d => $"the reference must raise no MLK diagnostic, but raises {d}")
                .Concat(kata.Manifest.Rules.Where(r => !MlkAnalyzers.RuleIds.Contains(r)).Select(r => $"kata.json's mistakes expect {r}, but no analyzer provides it"))
                .Concat(kata.Manifest.GradedRules.Keys.Where(r => !MlkAnalyzers.RuleIds.Contains(r)).Select(r => $"kata.json grades rule {r}, but no analyzer provides it"))
                .Concat(kata.Manifest.GradedRules.Keys.Where(r => !kata.Manifest.Rules.Contains(r)).Select(r => $"kata.json grades rule {r}, but no mistake lists it: add the mistake that proves the rule fires"));
        }

        if (variant.Kind is VariantKind.Stub or VariantKind.Alternative)
        {
            return fired.Select(d => $"the {(variant.Kind == VariantKind.Stub ? "stub" : "alternative")} must raise no MLK diagnostic, but raises {d}");
        }

        return kata.Manifest.Mistakes[variant.Name].Rules
            .Where(r => MlkAnalyzers.RuleIds.Contains(r) && fired.All(d => d.Id != r))
            .Select(r => $"kata.json expects {r} on this mistake, but it does not fire");
    }

    private static bool IsMlk(BuildDiagnostic diagnostic) => diagnostic.Id.StartsWith("MLK", StringComparison.Ordinal);

    private static List<string> MistakeProblems(KataResult result) => result.Status switch
    {
        KataStatus.Failed => [],
        KataStatus.Passed => ["the mistake passes every test: the tests do not reject it"],
        KataStatus.TimedOut => [$"the mistake makes the tests time out ({result.Message}): bound the test so that it fails fast"],
        _ => [$"a mistake must compile and fail a test, but its status is {result.Status}: {result.Message}"],
    };
}
