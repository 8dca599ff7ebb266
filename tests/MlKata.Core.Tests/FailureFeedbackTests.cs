using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Feedback;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>What a learner reads of a failed test: why, the assertion's own lines, where it threw; identical failures once.</summary>
public sealed class FailureFeedbackTests
{
    // NUnit's own messages, produced by running these tests against a wrong Adder.
    private const string Tests = """
        using MlKata.Testing;
        using NUnit.Framework;

        namespace Tiny.Tests;

        public sealed class AdderTests
        {
            [Test, Task(1), Points(1)]
            public void With_a_message() => Assert.That(Tiny.Adder.Add(2, 3), Is.EqualTo(5), "2 + 3");

            [Test, Task(1), Points(1)]
            public void Without_a_message() => Assert.That(Tiny.Adder.Add(2, 3), Is.EqualTo(5.0).Within(0.01));

            [Test, Task(2), Points(1)]
            public void Collections() => Assert.That(new[] { Tiny.Adder.Add(1, 1), Tiny.Adder.Add(1, 2) }, Is.EqualTo(new[] { 2, 3 }));

            [Test, Task(2), Points(1)]
            public void Several_at_once() => Assert.Multiple(() =>
            {
                Assert.That(Tiny.Adder.Add(0, 1), Is.EqualTo(1), "first");
                Assert.That(Tiny.Adder.Add(0, 2), Is.EqualTo(2), "second");
            });

            [Test, Task(2), Points(1)]
            public void Throws_the_right_exception() => Assert.Throws<System.ArgumentException>(() => Tiny.Adder.Add(-1, 0));
        }
        """;

    private const string Subtracts = "namespace Tiny;\npublic static class Adder\n{\n    public static int Add(int a, int b) => a - b;\n}\n";

    private const string Stub = "namespace Tiny;\npublic static class Adder\n{\n    public static int Add(int a, int b) =>\n        throw new System.NotImplementedException();\n}\n";

    [Test]
    public void A_failure_with_a_message_keeps_it_and_puts_the_assertion_lines_under_it()
    {
        var failure = Failures(Subtracts)["AdderTests.With_a_message"];

        Assert.Multiple(() =>
        {
            Assert.That(failure.Why, Is.EqualTo("2 + 3"));
            Assert.That(failure.Details, Is.EqualTo(new[] { "Expected: 5", "But was:  -1" }));
            Assert.That(failure.Location, Is.Null, "an assertion fails in the tests, not in the learner's code");
        });
    }

    [Test]
    public void A_failure_without_a_message_opens_with_expected_and_leaves_out_the_echoed_source()
    {
        var failure = Failures(Subtracts)["AdderTests.Without_a_message"];

        Assert.Multiple(() =>
        {
            Assert.That(failure.Why, Does.StartWith("Expected: 5.0d +/- 0.01"));
            Assert.That(failure.Details, Has.Count.EqualTo(2));
            Assert.That(failure.Details[0], Does.StartWith("But was:  -1"));
            Assert.That(failure.Details[1], Does.StartWith("Off by:   6"));
            Assert.That(failure.Details, Has.None.Contains("Assert.That("));
        });
    }

    [Test]
    public void A_collection_failure_says_where_the_values_differ()
    {
        var failure = Failures(Subtracts)["AdderTests.Collections"];

        Assert.That(failure.Details, Has.Some.StartWith("Values differ at index [0]").And.Some.StartWith("Expected: 2").And.Some.StartWith("But was:  0"));
    }

    [Test]
    public void An_assert_multiple_shows_its_first_failure()
    {
        var failure = Failures(Subtracts)["AdderTests.Several_at_once"];

        Assert.Multiple(() =>
        {
            Assert.That(failure.Why, Is.EqualTo("first"));
            Assert.That(failure.Details, Is.EqualTo(new[] { "Expected: 1", "But was:  -1" }));
        });
    }

    [Test]
    public void Not_implemented_reads_the_same_thrown_directly_or_quoted_by_assert_throws_and_names_the_learners_line()
    {
        var failures = Failures(Stub);

        Assert.Multiple(() =>
        {
            foreach (var (name, failure) in failures)
            {
                Assert.That(failure.Why, Is.EqualTo(TestFailure.NotImplementedYet), name);
                Assert.That(failure.Details, Is.Empty, name);
                Assert.That(failure.Location, Is.EqualTo("src/Adder.cs:5"), name);
            }

            Assert.That(failures.Values.Select(f => f.Key).Distinct(), Has.Exactly(1).Items);
        });
    }

    [Test]
    public void Identical_failures_collapse_within_each_task()
    {
        using var folder = KataWith(Tests);
        var kata = KataCatalog.Load(folder.Directory);

        var tasks = TaskFeedback.Of(KataEngine.Check(kata, [new SourceFile("Adder.cs", Stub)]), kata.Manifest.LearnerFiles);

        Assert.Multiple(() =>
        {
            Assert.That(tasks.Select(t => t.Task), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(tasks.Select(t => t.Failures.Count), Is.All.EqualTo(1), "one group per task: every test fails the same way");
            Assert.That(tasks.Select(t => t.Failures[0].Tests.Count), Is.EqualTo(new[] { 2, 3 }));
            Assert.That(tasks.Select(t => t.Count), Is.EqualTo(new[] { 2, 3 }));
        });
    }

    [Test]
    public void Different_failures_stay_apart()
    {
        using var folder = KataWith(Tests);
        var kata = KataCatalog.Load(folder.Directory);

        var tasks = TaskFeedback.Of(KataEngine.Check(kata, [new SourceFile("Adder.cs", Subtracts)]), kata.Manifest.LearnerFiles);

        Assert.That(tasks.Single(t => t.Task == 1).Failures, Has.Count.EqualTo(2));
    }

    [TestCase("short", 10, "short")]
    [TestCase("0123456789abc", 10, "012345678…")]
    public void Long_lines_are_cut_with_an_ellipsis(string line, int width, string expected) =>
        Assert.That(LineBounds.Cut(line, width), Is.EqualTo(expected));

    [Test]
    public void Many_lines_keep_a_few_and_say_how_many_more()
    {
        var lines = Enumerable.Range(1, 9).Select(i => $"line {i}").ToList();

        Assert.That(LineBounds.Bounded(lines, 4, 80), Is.EqualTo(new[] { "line 1", "line 2", "line 3", "… 6 more lines" }));
    }

    [Test]
    public void Names_wrap_at_the_width_on_a_few_lines_and_merge_the_cases_of_one_test()
    {
        string[] names = ["Adds", "Rejects(0)", "Rejects(-1)", "A_rather_long_test_name", "Next", "Last"];

        Assert.Multiple(() =>
        {
            Assert.That(LineBounds.Names(names, 200, 3), Is.EqualTo(new[] { "Adds, Rejects (2 cases), A_rather_long_test_name, Next, Last" }));
            Assert.That(LineBounds.Names(names, 30, 3), Is.EqualTo(new[] { "Adds, Rejects (2 cases),", "A_rather_long_test_name, Next,", "Last" }));
            Assert.That(LineBounds.Names(names, 30, 2), Is.EqualTo(new[] { "Adds, Rejects (2 cases),", "A_rather_long_test_name, … and 2 more" }));
        });
    }

    [Test]
    public void A_stack_frame_in_a_learner_file_is_found_by_name_or_by_full_path()
    {
        string[] files = ["Window.cs"];

        Assert.Multiple(() =>
        {
            Assert.That(LearnerFrame.Find(["   at Katas.Window.Add(Double value) in Window.cs:line 13"], files), Is.EqualTo("src/Window.cs:13"));
            Assert.That(LearnerFrame.Find(["   at Katas.Window.Add(Double value) in /tmp/k/src/Window.cs:line 7"], files), Is.EqualTo("src/Window.cs:7"));
            Assert.That(LearnerFrame.Find(["   at Katas.Tests.T.M() in tests/WindowTests.cs:line 20"], files), Is.Null);
        });
    }

    private static Dictionary<string, TestFailure> Failures(string adder)
    {
        using var folder = KataWith(Tests);
        var kata = KataCatalog.Load(folder.Directory);
        var result = KataEngine.Check(kata, [new SourceFile("Adder.cs", adder)]);
        Assert.That(result.Status, Is.EqualTo(KataStatus.Failed), result.Message);
        return result.Tests.Where(t => t.Verdict != TestVerdict.Passed).ToDictionary(t => t.Name, t => TestFailure.Of(t, kata.Manifest.LearnerFiles));
    }

    private static TempKata KataWith(string tests)
    {
        var folder = TempKata.CreateValid(TempKata.ValidManifest.Replace("\"points\": 2", "\"points\": 5", StringComparison.Ordinal));
        folder.Write("tests/AdderTests.cs", tests);
        return folder;
    }
}
