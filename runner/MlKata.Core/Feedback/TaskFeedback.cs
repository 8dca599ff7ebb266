using MlKata.Core.Engine;

namespace MlKata.Core.Feedback;

/// <summary>Tests of one task that failed the same way (see <see cref="TestFailure.Key"/>).</summary>
/// <param name="Failure">How they failed.</param>
/// <param name="Tests">The tests, in the result's order.</param>
public sealed record FailureGroup(TestFailure Failure, IReadOnlyList<TestOutcome> Tests);

/// <summary>
/// One task's tests as a learner reads them: those that passed, and those that did not,
/// grouped by how they failed, so that fourteen tests of an untouched stub read as one
/// "not implemented yet" per task rather than fourteen.
/// </summary>
/// <param name="Task">The task number; 0 gathers tests without a [Task].</param>
/// <param name="Passed">The tests that passed, in the result's order.</param>
/// <param name="Failures">The others, grouped, in the order each group's first test comes.</param>
public sealed record TaskFeedback(int Task, IReadOnlyList<TestOutcome> Passed, IReadOnlyList<FailureGroup> Failures)
{
    /// <summary>How many tests the task has.</summary>
    public int Count => Passed.Count + Failures.Sum(f => f.Tests.Count);

    /// <summary><paramref name="result"/>'s tests by task, in task order; locations are among <paramref name="learnerFiles"/>.</summary>
    public static IReadOnlyList<TaskFeedback> Of(KataResult result, IReadOnlyCollection<string> learnerFiles)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Tests
            .GroupBy(t => t.Task ?? 0)
            .OrderBy(task => task.Key)
            .Select(task => new TaskFeedback(
                task.Key,
                task.Where(t => t.Verdict == TestVerdict.Passed).ToList(),
                task.Where(t => t.Verdict != TestVerdict.Passed)
                    .Select(t => (Test: t, Failure: TestFailure.Of(t, learnerFiles)))
                    .GroupBy(f => f.Failure.Key, StringComparer.Ordinal)
                    .Select(g => new FailureGroup(g.First().Failure, g.Select(f => f.Test).ToList()))
                    .ToList()))
            .ToList();
    }
}
