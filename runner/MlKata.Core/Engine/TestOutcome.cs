using System.Text.Json.Serialization;

namespace MlKata.Core.Engine;

/// <summary>The verdict of one test.</summary>
public enum TestVerdict
{
    Passed,
    Failed,
    Skipped,
    /// <summary>The test was running when the time limit ran out, or never started because of it.</summary>
    TimedOut,
}

/// <summary>One canonical test's result.</summary>
/// <param name="Name">The test's name as a learner reads it: <c>Fixture.Method(args)</c>.</param>
/// <param name="Verdict">Passed, failed, skipped or timed out.</param>
/// <param name="Message">Why it failed (the assertion's message or the exception).</param>
/// <param name="StackTrace">Where it failed, when known.</param>
/// <param name="Output">What the test wrote to the console.</param>
/// <param name="Task">Its [Task] number, or null when it has none.</param>
/// <param name="Points">Its [Points], or null when it has none.</param>
public sealed record TestOutcome(string Name, TestVerdict Verdict, string? Message, string? StackTrace, string? Output, int? Task, int? Points)
{
    /// <summary>Points earned: the test's points when it passed, else none.</summary>
    public int PointsEarned => Verdict == TestVerdict.Passed ? Points ?? 0 : 0;

    /// <summary>
    /// The message as one informative line: for an Assert.Multiple failure, the first failure
    /// rather than NUnit's header; for a constraint failure, "Expected: …; but was: …" rather
    /// than the echo of the assertion's source.
    /// </summary>
    [JsonIgnore] // derived from Message wherever it is read: a worker need not send it
    public string Summary => AssertionMessage.Summary(FailureLines);

    /// <summary>
    /// The lines of the (first) failure: the test's own message, if it has one, then the
    /// assertion's lines (Expected, But was, Off by, Values differ at index…), without NUnit's
    /// echo of the assertion's source or quoted stack frames.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> FailureLines => AssertionMessage.FirstFailure(Message);
}
