using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Grading;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// What a submission cannot do to its own verdict: reach the test framework, stand in for the
/// names the tests use, or report more than the canonical tests are worth.
/// </summary>
public sealed class SubmissionTrustTests
{
    private TempKata _folder = null!;
    private Kata _kata = null!;

    [SetUp]
    public void CreateKata()
    {
        _folder = TempKata.CreateValid();
        _kata = KataCatalog.Load(_folder.Directory);
    }

    [TearDown]
    public void DeleteKata() => _folder.Dispose();

    [Test]
    public void Learner_code_cannot_name_the_test_framework()
    {
        var result = Check("namespace Tiny; public static class Adder { public static int Add(int a, int b) { NUnit.Framework.Assert.Pass(); return 0; } }");

        Assert.That(result.Status, Is.EqualTo(KataStatus.CompileError), result.Message);
        Assert.That(result.Message, Does.Contain("NUnit"));
    }

    [Test]
    public void An_Assert_of_the_learners_own_in_the_katas_namespace_makes_the_submission_invalid()
    {
        var result = Check("""
            namespace Tiny
            {
                public static class Adder { public static int Add(int a, int b) => 0; }
                public static class Assert { public static void That(object actual, object constraint) { } }
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.Invalid), result.Message);
            Assert.That(result.PointsEarned, Is.Zero);
            Assert.That(result.Message, Does.Contain("Adder.cs(4,").And.Contain("Tiny.Assert").And.Contain("tests/AdderTests.cs:"));
        });
    }

    [Test]
    public void A_return_type_of_the_learners_own_that_equals_anything_makes_the_submission_invalid()
    {
        var result = Check("""
            namespace Tiny;
            public static class Adder { public static Always Add(int a, int b) => new(); }
            public sealed class Always { public override bool Equals(object? other) => true; public override int GetHashCode() => 0; }
            """);

        Assert.That(result.Status, Is.EqualTo(KataStatus.Invalid), result.Message);
    }

    [Test]
    public void Helpers_of_the_learners_own_are_fine()
    {
        var result = Check("""
            namespace Tiny;
            public static class Adder { public static int Add(int a, int b) => Sum.Of(a, b); }
            internal static class Sum { public static int Of(int a, int b) => a + b; }
            public sealed class Node { public int Value { get; set; } }
            """);

        Assert.That(result.Status, Is.EqualTo(KataStatus.Passed), result.Message);
    }

    [Test]
    public void A_result_counts_each_canonical_test_once_with_its_canonical_points_and_nothing_else()
    {
        var canonical = CanonicalTests.Of(_kata);
        var forged = new KataResult(_kata.Id, KataStatus.Passed, "all passed",
            [
                new TestOutcome("AdderTests.Adds", TestVerdict.Passed, null, null, null, 1, 1000),
                new TestOutcome("AdderTests.Adds", TestVerdict.Passed, null, null, null, 1, 1000),
                new TestOutcome("Forged.Bonus", TestVerdict.Passed, null, null, null, 1, 16000),
            ],
            [], _kata.Manifest.Points);

        var held = CanonicalTests.Hold(forged, _kata);

        Assert.Multiple(() =>
        {
            Assert.That(canonical.Select(t => (t.Name, t.Points)), Is.EqualTo(new[] { ("AdderTests.Adds", (int?)1), ("AdderTests.Adds_negatives", (int?)1) }));
            Assert.That(held.Tests.Select(t => t.Name), Is.EqualTo(canonical.Select(t => t.Name)));
            Assert.That(held.PointsEarned, Is.EqualTo(1), "Adds once at its canonical point; Adds_negatives unreported, so failed");
            Assert.That(held.Status, Is.EqualTo(KataStatus.Failed));
            Assert.That(held.Tests.Single(t => t.Name == "AdderTests.Adds_negatives").Message, Does.Contain("no result"));
        });
    }

    private KataResult Check(string adder) => KataEngine.Check(_kata, [new SourceFile("Adder.cs", adder)]);
}
