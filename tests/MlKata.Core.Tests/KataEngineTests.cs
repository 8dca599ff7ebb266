using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Verification;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>The engine always returns a result, with a message a learner can act on.</summary>
public sealed class KataEngineTests
{
    [Test]
    public void The_reference_passes_with_its_points()
    {
        using var folder = TempKata.CreateValid();
        var kata = KataCatalog.Load(folder.Directory);

        var result = KataEngine.Check(kata, kata.ReadReference().LearnerFiles);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.Passed), result.Message);
            Assert.That(result.Tests.Select(t => t.Name), Is.EquivalentTo(new[] { "AdderTests.Adds", "AdderTests.Adds_negatives" }));
            Assert.That(result.PointsEarned, Is.EqualTo(2));
            Assert.That(result.PointsPossible, Is.EqualTo(2));
        });
    }

    [Test]
    public void A_failing_test_carries_its_assertion_message_task_and_points()
    {
        using var folder = TempKata.CreateValid();
        var kata = KataCatalog.Load(folder.Directory);

        var result = KataEngine.Check(kata, kata.ReadMistakes().Single().LearnerFiles);

        var failed = result.Tests.First(t => t.Name == "AdderTests.Adds");
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.Failed));
            Assert.That(failed.Verdict, Is.EqualTo(TestVerdict.Failed));
            Assert.That(failed.Message, Does.Contain("Expected: 5").And.Contain("But was:  -1"));
            Assert.That((failed.Task, failed.Points), Is.EqualTo(((int?)1, (int?)1)));
            Assert.That(result.PointsEarned, Is.Zero);
        });
    }

    [Test]
    public void A_compile_error_names_the_kata_relative_file_and_line_and_no_absolute_path()
    {
        using var folder = TempKata.CreateValid();
        var kata = KataCatalog.Load(folder.Directory);

        var result = KataEngine.Check(kata, [new SourceFile("Adder.cs", "namespace Tiny;\npublic static class Adder { public static int Add(int a, int b) => a + c; }")]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.CompileError));
            Assert.That(result.Message, Does.Contain("Adder.cs(2,").And.Contain("error CS0103"));
            Assert.That(result.Message, Does.Not.Contain(folder.Parent), "messages never show absolute paths");
            Assert.That(result.Tests, Is.Empty);
        });
    }

    [Test]
    public void A_test_that_never_returns_times_out_and_keeps_the_verdicts_of_tests_that_finished()
    {
        using var folder = TempKata.CreateValid(TempKata.ValidManifest.Replace("\"timeLimitSeconds\": 5", "\"timeLimitSeconds\": 1", StringComparison.Ordinal));
        var kata = KataCatalog.Load(folder.Directory);
        const string hangsOnNegatives = "namespace Tiny; public static class Adder { public static int Add(int a, int b) { while (a < 0) { System.Threading.Thread.Sleep(10); } return a + b; } }";

        var result = KataEngine.Check(kata, [new SourceFile("Adder.cs", hangsOnNegatives)]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.TimedOut));
            Assert.That(result.Message, Does.Contain("timed out after 1 s in Tiny.Tests.AdderTests.Adds_negatives"));
            Assert.That(result.Tests.Single(t => t.Name == "AdderTests.Adds").Verdict, Is.EqualTo(TestVerdict.Passed));
            Assert.That(result.Tests.Single(t => t.Name == "AdderTests.Adds_negatives").Verdict, Is.EqualTo(TestVerdict.TimedOut));
        });
    }

    [Test]
    public void An_assembly_with_no_tests_is_reported_not_passed()
    {
        using var folder = TempKata.CreateValid();
        folder.Write("tests/AdderTests.cs", "namespace Tiny.Tests; public static class NotATest { }");
        var kata = KataCatalog.Load(folder.Directory);

        var result = KataEngine.Check(kata, kata.ReadReference().LearnerFiles);

        Assert.That(result.Status, Is.Not.EqualTo(KataStatus.Passed));
        Assert.That(result.Message, Does.StartWith("the kata's tests could not be run"));
    }

    [Test]
    public void The_verifier_reports_a_mistake_that_the_tests_do_not_reject()
    {
        using var folder = TempKata.CreateValid();
        folder.Write("mistakes/subtracts.cs", TempKata.Solution); // "fixed" mistake: now correct
        var kata = KataCatalog.Load(folder.Directory);

        var verdict = KataVerifier.Verify(kata, kata.ReadMistakes().Single(), InProcessChecker.Instance);

        Assert.That(verdict.Ok, Is.False);
        Assert.That(verdict.Problems, Has.Some.Contains("the tests do not reject it"));
    }

    [Test]
    public void The_verifier_reports_a_stub_that_passes_a_test()
    {
        using var folder = TempKata.CreateValid();
        folder.Write("src/Adder.cs", "namespace Tiny; public static class Adder { public static int Add(int a, int b) => 5; }");
        var kata = KataCatalog.Load(folder.Directory);

        var verdict = KataVerifier.Verify(kata, kata.ReadStub(), InProcessChecker.Instance);

        Assert.That(verdict.Problems, Has.Some.Contains("test AdderTests.Adds passes on the stub"));
    }

    [Test]
    public void The_verifier_reports_points_that_disagree_with_kata_json()
    {
        using var folder = TempKata.CreateValid(TempKata.ValidManifest.Replace("\"points\": 2", "\"points\": 3", StringComparison.Ordinal));
        var kata = KataCatalog.Load(folder.Directory);

        var verdict = KataVerifier.Verify(kata, kata.ReadReference(), InProcessChecker.Instance);

        Assert.That(verdict.Problems, Has.Some.Contains("kata.json says points = 3, but the tests' [Points] add up to 2"));
    }

    [TestCase("Expected: 5\n  But was: 4", "Expected: 5; but was: 4")]
    [TestCase("  Assert.That(caughtException, expression)\n  Expected: <System.ArgumentOutOfRangeException>\n  But was:  <System.NotImplementedException>", "Expected: <System.ArgumentOutOfRangeException>; but was: <System.NotImplementedException>")]
    [TestCase("Assert.That(x, Is.EqualTo(1))\n", "Assert.That(x, Is.EqualTo(1))")]
    [TestCase("Multiple failures or warnings in test:\n  1) load ran 9 times\n  2) other", "load ran 9 times")]
    [TestCase("10 items expected", "10 items expected")]
    [TestCase(null, "(no message)")]
    public void A_test_outcome_summary_is_its_first_informative_line(string? message, string summary)
    {
        var outcome = new TestOutcome("T.M", TestVerdict.Failed, message, null, null, 1, 1);

        Assert.That(outcome.Summary, Is.EqualTo(summary));
    }

    private const string LocksOnANewObject =
        "namespace Tiny; public static class Adder { public static int Add(int a, int b) { lock (new object()) { return a - b; } } }";

    [Test]
    public void Mlk_hints_on_the_learners_file_come_with_file_line_and_no_help_link_the_engine_was_not_given()
    {
        using var folder = TempKata.CreateValid();
        var kata = KataCatalog.Load(folder.Directory);

        var result = KataEngine.Check(kata, [new SourceFile("Adder.cs", LocksOnANewObject)]);

        var hint = result.Diagnostics.Single(d => d.Id == "MLK005");
        Assert.Multiple(() =>
        {
            Assert.That(hint.ToString(), Does.StartWith("Adder.cs(1,").And.Contain("warning MLK005:"));
            // The engine sets no MlKataDocsUrl: the learner is sent to `mlkata explain` instead.
            Assert.That(hint.HelpLink, Is.Null);
        });
    }

    [Test]
    public void The_verifier_reports_an_expected_rule_that_does_not_fire()
    {
        using var folder = TempKata.CreateValid(TempKata.ValidManifest
            .Replace("\"rules\": []", "\"rules\": [\"MLK005\"]", StringComparison.Ordinal));
        var kata = KataCatalog.Load(folder.Directory);

        var verdict = KataVerifier.Verify(kata, kata.ReadMistakes().Single(), InProcessChecker.Instance);

        Assert.That(verdict.Problems, Has.Some.Contains("kata.json expects MLK005 on this mistake, but it does not fire"));
    }

    [Test]
    public void The_verifier_reports_a_rule_no_analyzer_provides_once_with_the_reference()
    {
        using var folder = TempKata.CreateValid(TempKata.ValidManifest
            .Replace("\"rules\": []", "\"rules\": [\"MLK999\"]", StringComparison.Ordinal));
        var kata = KataCatalog.Load(folder.Directory);

        var reference = KataVerifier.Verify(kata, kata.ReadReference(), InProcessChecker.Instance);
        var mistake = KataVerifier.Verify(kata, kata.ReadMistakes().Single(), InProcessChecker.Instance);

        Assert.Multiple(() =>
        {
            Assert.That(reference.Problems, Is.EqualTo(new[] { "kata.json's mistakes expect MLK999, but no analyzer provides it" }));
            Assert.That(mistake.Problems, Is.Empty);
        });
    }

    [Test]
    public void The_verifier_reports_an_mlk_diagnostic_on_the_stub()
    {
        using var folder = TempKata.CreateValid();
        folder.Write("src/Adder.cs", LocksOnANewObject.Replace("return a - b;", "throw new System.NotImplementedException();", StringComparison.Ordinal));
        var kata = KataCatalog.Load(folder.Directory);

        var verdict = KataVerifier.Verify(kata, kata.ReadStub(), InProcessChecker.Instance);

        Assert.That(verdict.Problems, Has.Some.Contains("the stub must raise no MLK diagnostic, but raises Adder.cs(1,"));
    }
}
