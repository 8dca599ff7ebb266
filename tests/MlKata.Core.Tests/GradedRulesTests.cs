using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Verification;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// A graded rule scores like a test of its task: it passes only when the rule is silent on the
/// learner's files and that task's tests all pass, and the verifier counts its points.
/// </summary>
public sealed class GradedRulesTests
{
    private const string GradedOutcome = "Rules.MLK005_lock_on_a_fresh_object";

    // The tiny kata, worth one more point for adding without locking on a fresh object.
    private static readonly string GradedManifest = TempKata.ValidManifest
        .Replace("\"points\": 2,", "\"points\": 3, \"gradedRules\": { \"MLK005\": { \"task\": 1, \"points\": 1 } },", StringComparison.Ordinal)
        .Replace("\"rules\": [] }", "\"rules\": [\"MLK005\"] }", StringComparison.Ordinal);

    private const string AddsUnderALockOnANewObject =
        "namespace Tiny; public static class Adder { public static int Add(int a, int b) { lock (new object()) { return a + b; } } }";

    [Test]
    public void A_graded_rule_that_fires_fails_its_outcome_with_where_and_the_rules_message()
    {
        using var folder = TempKata.CreateValid(GradedManifest);
        var kata = KataCatalog.Load(folder.Directory);

        var result = KataEngine.Check(kata, [new SourceFile("Adder.cs", AddsUnderALockOnANewObject)]);

        var graded = result.Tests.Single(t => t.Name == GradedOutcome);
        var diagnostic = result.Diagnostics.Single(d => d.Id == "MLK005");
        Assert.Multiple(() =>
        {
            Assert.That(graded.Verdict, Is.EqualTo(TestVerdict.Failed));
            Assert.That(graded.Message, Is.EqualTo($"MLK005 fires on Adder.cs:1: {diagnostic.Message}"));
            Assert.That((graded.Task, graded.Points), Is.EqualTo(((int?)1, (int?)1)));
            Assert.That(result.Status, Is.EqualTo(KataStatus.Failed), "the tests pass, the graded rule does not");
            Assert.That(result.PointsEarned, Is.EqualTo(2));
            Assert.That(result.PointsPossible, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_silent_rule_whose_task_passes_earns_its_points()
    {
        using var folder = TempKata.CreateValid(GradedManifest);
        var kata = KataCatalog.Load(folder.Directory);

        var result = KataEngine.Check(kata, kata.ReadReference().LearnerFiles);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tests.Select(t => t.Name), Is.EqualTo(new[] { "AdderTests.Adds", "AdderTests.Adds_negatives", GradedOutcome }));
            Assert.That(result.Tests.Single(t => t.Name == GradedOutcome).Verdict, Is.EqualTo(TestVerdict.Passed));
            Assert.That(result.Status, Is.EqualTo(KataStatus.Passed), result.Message);
            Assert.That(result.PointsEarned, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_silent_rule_whose_task_has_a_failing_test_earns_nothing()
    {
        using var folder = TempKata.CreateValid(GradedManifest);
        var kata = KataCatalog.Load(folder.Directory);

        var result = KataEngine.Check(kata, kata.ReadStub().LearnerFiles);

        var graded = result.Tests.Single(t => t.Name == GradedOutcome);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Where(d => d.Id == "MLK005"), Is.Empty, "the stub is silent");
            Assert.That(graded.Verdict, Is.EqualTo(TestVerdict.Failed), "a stub must not earn a rule's points by doing nothing");
            Assert.That(graded.Message, Does.Contain("every task 1 test passes").And.Contain("AdderTests.Adds"));
            Assert.That(result.PointsEarned, Is.Zero);
        });
    }

    [Test]
    public void A_rule_fired_only_outside_the_learners_files_does_not_count()
    {
        var manifest = KataManifestReader.Parse(GradedManifest, "tiny/kata.json");
        IReadOnlyList<TestOutcome> tests = [new("AdderTests.Adds", TestVerdict.Passed, null, null, null, 1, 2)];
        var onTheTests = new BuildDiagnostic("MLK005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, "tests/AdderTests.cs", 3, 1, "lock", null);

        var outcomes = GradedRules.Append(manifest, tests, [onTheTests]);

        Assert.That(outcomes.Single(t => t.Name == GradedOutcome).Verdict, Is.EqualTo(TestVerdict.Passed));
    }

    [Test]
    public void The_verifier_counts_graded_points_in_the_kata_total()
    {
        using var folder = TempKata.CreateValid(GradedManifest.Replace("\"points\": 3", "\"points\": 2", StringComparison.Ordinal));
        var kata = KataCatalog.Load(folder.Directory);

        var verdict = KataVerifier.Verify(kata, kata.ReadReference(), InProcessChecker.Instance);

        Assert.That(verdict.Problems, Has.Some.Contains("kata.json says points = 2, but the tests' [Points] (2) and gradedRules' points (1) add up to 3"));
    }

    [Test]
    public void A_kata_whose_graded_points_add_up_verifies()
    {
        using var folder = TempKata.CreateValid(GradedManifest);
        folder.Write("mistakes/subtracts.cs", AddsUnderALockOnANewObject.Replace("a + b", "a - b", StringComparison.Ordinal));
        var kata = KataCatalog.Load(folder.Directory);

        var verdicts = KataVerifier.Verify(kata, InProcessChecker.Instance);

        Assert.That(verdicts.Where(v => !v.Ok).Select(v => v.Describe()), Is.Empty);
    }

    [Test]
    public void The_verifier_rejects_a_graded_rule_that_no_mistake_lists()
    {
        using var folder = TempKata.CreateValid(GradedManifest.Replace("\"rules\": [\"MLK005\"] }", "\"rules\": [] }", StringComparison.Ordinal));
        var kata = KataCatalog.Load(folder.Directory);

        var verdict = KataVerifier.Verify(kata, kata.ReadReference(), InProcessChecker.Instance);

        Assert.That(verdict.Problems, Has.Some.Contains("kata.json grades rule MLK005, but no mistake lists it"));
    }

    [Test]
    public void The_verifier_rejects_a_graded_rule_in_a_task_without_tests()
    {
        using var folder = TempKata.CreateValid(GradedManifest.Replace("\"task\": 1", "\"task\": 2", StringComparison.Ordinal));
        var kata = KataCatalog.Load(folder.Directory);

        var verdict = KataVerifier.Verify(kata, kata.ReadReference(), InProcessChecker.Instance);

        Assert.That(verdict.Problems, Has.Some.Contains("kata.json grades MLK005 in task 2, which has no test"));
    }

    [TestCase("\"MLK005\": { \"task\": 1, \"points\": 1 }", "\"MLK5\": { \"task\": 1, \"points\": 1 }", "gradedRules", "'MLK5' is not a rule id")]
    [TestCase("\"task\": 1, \"points\": 1", "\"task\": 0, \"points\": 1", "gradedRules.MLK005.task", "must be between 1 and")]
    [TestCase("\"task\": 1, \"points\": 1", "\"task\": 1, \"points\": 0", "gradedRules.MLK005.points", "must be between 1 and")]
    [TestCase("\"task\": 1, \"points\": 1", "\"task\": 1", "gradedRules.MLK005.points", "is required")]
    [TestCase("\"task\": 1, \"points\": 1", "\"task\": 1, \"points\": 1, \"weight\": 2", "gradedRules.MLK005.weight", "unknown field")]
    [TestCase("{ \"MLK005\": { \"task\": 1, \"points\": 1 } }", "[\"MLK005\"]", "gradedRules", "must be an object")]
    public void A_wrong_graded_rule_is_named_with_what_is_wrong(string find, string replace, string field, string message)
    {
        var json = GradedManifest.Replace(find, replace, StringComparison.Ordinal);
        Assert.That(json, Is.Not.EqualTo(GradedManifest), "the test case must change the manifest");

        var error = Assert.Throws<KataFormatException>(() => KataManifestReader.Parse(json, "tiny/kata.json"));

        Assert.That(error!.Problems, Has.Some.Matches<KataFormatProblem>(p => p.Field == field && p.Message.Contains(message, StringComparison.Ordinal)),
            $"expected field '{field}' with '{message}', got: {error.Message}");
    }

    [Test]
    public void A_graded_rule_reads_into_the_manifest()
    {
        var manifest = KataManifestReader.Parse(GradedManifest, "tiny/kata.json");

        Assert.That(manifest.GradedRules, Is.EquivalentTo(new Dictionary<string, GradedRule> { ["MLK005"] = new(1, 1) }));
    }
}
