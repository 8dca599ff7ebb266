using MlKata.Core.Engine;

namespace MlKata.Core.Feedback;

/// <summary>
/// What a learner reads of one test that did not pass: why, in one line; the assertion's own
/// lines under it (Expected, But was, Off by, Values differ at index…); and where in the
/// learner's files an exception came from, when one did. Tests that fail the same way have the
/// same <see cref="Key"/>, so that a stub's identical failures are shown once.
/// </summary>
/// <param name="Verdict">Failed, timed out or skipped.</param>
/// <param name="Why">The test's own message, or the assertion's first line when it has none.</param>
/// <param name="Details">The assertion's lines under <paramref name="Why"/>.</param>
/// <param name="Location">"src/File.cs:line" of the learner's code that threw, or null.</param>
public sealed record TestFailure(TestVerdict Verdict, string Why, IReadOnlyList<string> Details, string? Location)
{
    /// <summary>What a stub's NotImplementedException says, whichever way a test meets it.</summary>
    public const string NotImplementedYet = "not implemented yet (NotImplementedException)";

    private const string NotImplemented = "System.NotImplementedException";

    /// <summary>Equal for failures that read the same: the grouping key.</summary>
    public string Key => string.Join('\n', [Verdict.ToString(), Why, Location ?? "", .. Details]);

    /// <summary>How <paramref name="test"/> failed, with locations among <paramref name="learnerFiles"/> (kata.json's files).</summary>
    public static TestFailure Of(TestOutcome test, IReadOnlyCollection<string> learnerFiles)
    {
        ArgumentNullException.ThrowIfNull(test);
        var lines = test.FailureLines;

        // The frames an Assert.Throws quotes (the exception it got instead) come before the test's own.
        var frames = AssertionMessage.QuotedFrames(test.Message).Concat((test.StackTrace ?? "").Split('\n'));
        var location = LearnerFrame.Find(frames, learnerFiles);
        if (lines.Count > 0 && (lines[0].StartsWith(NotImplemented, StringComparison.Ordinal) || lines.Any(QuotesNotImplemented)))
        {
            return new TestFailure(test.Verdict, NotImplementedYet, [], location);
        }

        return new TestFailure(test.Verdict, lines.Count > 0 ? lines[0] : "(no message)", [.. lines.Skip(1)], location);
    }

    // "But was:  <System.NotImplementedException: The method or operation is not implemented."
    private static bool QuotesNotImplemented(string line) =>
        line.TrimStart().StartsWith("But was:", StringComparison.Ordinal) && line.Contains($"<{NotImplemented}", StringComparison.Ordinal);
}
