using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Learners;
using MlKata.Core.Verification;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>`mlkata hint` helps with the first task still failing, one hint at a time, and remembers what it showed.</summary>
public sealed class HintAdvisorTests
{
    private static readonly KataHints Hints = new(
    [
        new(1, ["a1", "a2"]),
        new(3, ["c1", "c2"]),
        new(4, ["d1"]),
    ]);

    private static readonly Dictionary<int, int> NoneShown = [];

    [Test]
    public void With_tasks_1_and_2_passing_the_first_hint_is_task_3s()
    {
        var failing = HintAdvisor.FailingTasks(Result(passed: [1, 2], failed: [3, 4]), Hints);

        var advice = HintAdvisor.Advise(Hints, NoneShown, failing);

        Assert.That(failing, Is.EqualTo(new[] { 3, 4 }));
        Assert.That(advice, Is.EqualTo(new HintAdvice.Reveal(3, 1, 2, "c1")));
    }

    [Test]
    public void A_tasks_hints_come_in_order_then_the_next_failing_task_with_hints_left()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HintAdvisor.Advise(Hints, new Dictionary<int, int> { [3] = 1 }, [3, 4]), Is.EqualTo(new HintAdvice.Reveal(3, 2, 2, "c2")));
            Assert.That(HintAdvisor.Advise(Hints, new Dictionary<int, int> { [3] = 2 }, [3, 4]), Is.EqualTo(new HintAdvice.Reveal(4, 1, 1, "d1")));
        });
    }

    [Test]
    public void Once_every_failing_tasks_hints_were_shown_the_first_ones_come_again()
    {
        var advice = HintAdvisor.Advise(Hints, new Dictionary<int, int> { [3] = 2, [4] = 1 }, [3, 4]);

        Assert.That(advice, Is.InstanceOf<HintAdvice.Recap>());
        Assert.That(((HintAdvice.Recap)advice).Task, Is.EqualTo(3));
        Assert.That(((HintAdvice.Recap)advice).Hints, Is.EqualTo(new[] { "c1", "c2" }));
    }

    [Test]
    public void A_failing_task_without_hints_is_passed_over()
    {
        Assert.That(HintAdvisor.Advise(Hints, NoneShown, [2, 3]), Is.EqualTo(new HintAdvice.Reveal(3, 1, 2, "c1")));
    }

    [Test]
    public void When_every_test_passes_the_hints_not_yet_shown_are_offered()
    {
        var failing = HintAdvisor.FailingTasks(Result(passed: [1, 2, 3, 4], failed: []), Hints);

        var advice = HintAdvisor.Advise(Hints, new Dictionary<int, int> { [1] = 2, [3] = 1 }, failing);

        Assert.That(advice, Is.InstanceOf<HintAdvice.NoHint>());
        var none = (HintAdvice.NoHint)advice;
        Assert.That(none.FailingTasks, Is.Empty);
        Assert.That(none.Unseen, Is.EqualTo(new Dictionary<int, int> { [3] = 1, [4] = 1 }));
    }

    [Test]
    public void When_no_test_ran_every_task_with_hints_counts_as_failing()
    {
        var manifest = KataManifestReader.Parse(TempKata.ValidManifest, "tiny/kata.json");
        var compileError = KataResult.WithoutTests(manifest, KataStatus.CompileError, "does not compile");

        Assert.That(HintAdvisor.FailingTasks(compileError, Hints), Is.EqualTo(new[] { 1, 3, 4 }));
    }

    [Test]
    public void The_ledger_remembers_each_tasks_hints_shown_in_the_kata_folder()
    {
        using var folder = TempKata.CreateValid();
        var learner = LearnerKata.Open(folder.Directory, [KataCatalog.Load(folder.Directory)]);

        HintLedger.RecordShown(learner, 3, 1);
        HintLedger.RecordShown(learner, 1, 2);
        HintLedger.RecordShown(learner, 3, 2);

        Assert.That(HintLedger.Shown(learner), Is.EqualTo(new Dictionary<int, int> { [1] = 2, [3] = 2 }));
    }

    [Test]
    public void A_ledger_from_when_hints_were_one_list_starts_over()
    {
        using var folder = TempKata.CreateValid();
        var learner = LearnerKata.Open(folder.Directory, [KataCatalog.Load(folder.Directory)]);
        folder.Write($"{LearnerKata.StateFolderName}/hints.json", "{\"Shown\":2}");

        Assert.That(HintLedger.Shown(learner), Is.Empty);
    }

    [Test]
    public void The_verifier_reports_hints_for_a_task_without_tests()
    {
        using var folder = TempKata.CreateValid(TempKata.ValidManifest.Replace("\"hints\": { \"1\": [\"add them\"] }", "\"hints\": { \"1\": [\"add them\"], \"2\": [\"carry\"] }", StringComparison.Ordinal));
        var kata = KataCatalog.Load(folder.Directory);

        var verdict = KataVerifier.Verify(kata, kata.ReadReference(), InProcessChecker.Instance);

        Assert.That(verdict.Problems, Has.One.StartsWith("kata.json has hints for task 2, which has no test"));
    }

    private static KataResult Result(int[] passed, int[] failed)
    {
        var manifest = KataManifestReader.Parse(TempKata.ValidManifest, "tiny/kata.json");
        var tests = passed.Select(t => Outcome(t, TestVerdict.Passed)).Concat(failed.Select(t => Outcome(t, TestVerdict.Failed))).ToList();
        return KataResult.FromTests(manifest, tests, []);
    }

    private static TestOutcome Outcome(int task, TestVerdict verdict) =>
        new($"T.Task{task}_{verdict}", verdict, verdict == TestVerdict.Passed ? null : "Expected: 1", null, null, task, 1);
}
