using System.Text.RegularExpressions;

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
    private const string MultipleFailuresHeader = "Multiple failures or warnings in test:";

    /// <summary>Points earned: the test's points when it passed, else none.</summary>
    public int PointsEarned => Verdict == TestVerdict.Passed ? Points ?? 0 : 0;

    /// <summary>
    /// The message as one informative line: for an Assert.Multiple failure, the first failure
    /// rather than NUnit's header; for a constraint failure, "Expected: …; but was: …" rather
    /// than the echo of the assertion's source.
    /// </summary>
    public string Summary
    {
        get
        {
            var lines = (Message ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            if (lines.Count > 1 && lines[0] == MultipleFailuresHeader)
            {
                lines = lines.Skip(1).ToList();
                lines[0] = Regex.Replace(lines[0], @"^\d+\)\s*", ""); // "1) message" -> "message"
            }

            if (lines.Count > 1 && lines[0].StartsWith("Assert.", StringComparison.Ordinal) && lines[1].StartsWith("Expected", StringComparison.Ordinal))
            {
                lines = lines.Skip(1).ToList(); // NUnit echoes the assertion's source first
            }

            if (lines.Count > 1 && lines[0].StartsWith("Expected", StringComparison.Ordinal) && lines[1].StartsWith("But was:", StringComparison.Ordinal))
            {
                return $"{lines[0]}; but was: {lines[1]["But was:".Length..].Trim()}";
            }

            return lines.FirstOrDefault() ?? "(no message)";
        }
    }
}
