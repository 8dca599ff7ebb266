using System.Text.RegularExpressions;

namespace MlKata.Core.Engine;

/// <summary>
/// NUnit's failure message taken apart into the lines of its first failure (of an
/// Assert.Multiple, the first of its failures): the test's own message, if it has one, then the
/// assertion's lines (Expected, But was, Off by, Values differ at index…). NUnit's echo of the
/// assertion's source and the stack frames of an exception it quotes are left out: neither
/// tells a learner what was wrong.
/// </summary>
internal static partial class AssertionMessage
{
    private const string MultipleFailuresHeader = "Multiple failures or warnings in test:";

    /// <summary>
    /// The lines of the first failure in <paramref name="message"/>, the first one trimmed and
    /// the rest without the indentation they share (so that NUnit's caret under a string
    /// difference still points at its character).
    /// </summary>
    public static IReadOnlyList<string> FirstFailure(string? message)
    {
        var lines = (message ?? "").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        if (lines.Count > 1 && lines[0].Trim() == MultipleFailuresHeader)
        {
            var rest = lines.Skip(2).TakeWhile(l => !NumberedFailure().IsMatch(l));
            lines = [NumberedFailure().Replace(lines[1], ""), .. rest];
        }

        lines = lines
            .Where((line, i) => !IsSourceEcho(lines, i) && !StackFrame().IsMatch(line))
            .ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        var indent = lines.Skip(1).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return [lines[0].Trim(), .. lines.Skip(1).Select(l => l[indent..])];
    }

    /// <summary>
    /// The stack frames quoted in <paramref name="message"/> (an unexpected exception that an
    /// Assert.Throws reports as "But was: &lt;…&gt;"), each as NUnit printed it.
    /// </summary>
    public static IEnumerable<string> QuotedFrames(string? message) =>
        (message ?? "").Split('\n').Where(l => StackFrame().IsMatch(l.TrimEnd()));

    /// <summary>The failure as one line: "Expected: …; but was: …" for a bare constraint failure, else its first line.</summary>
    public static string Summary(IReadOnlyList<string> failure)
    {
        if (failure.Count > 1 && failure[0].StartsWith("Expected", StringComparison.Ordinal) && failure[1].TrimStart().StartsWith("But was:", StringComparison.Ordinal))
        {
            return $"{failure[0]}; but was: {failure[1].TrimStart()["But was:".Length..].Trim()}";
        }

        return failure.Count > 0 ? failure[0] : "(no message)";
    }

    // NUnit echoes the assertion's source (Assert.That(actual, Is.EqualTo(6.5))) before its Expected line.
    private static bool IsSourceEcho(List<string> lines, int index) =>
        index + 1 < lines.Count
        && lines[index].TrimStart().StartsWith("Assert.", StringComparison.Ordinal)
        && lines[index + 1].TrimStart().StartsWith("Expected", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*\d+\)\s*")]
    private static partial Regex NumberedFailure();

    // "   at Katas.X.Add(Double value) in X.cs:line 13", possibly closing NUnit's "<…>" quote.
    [GeneratedRegex(@"^\s+at \S+\(.*\)( in .+:line \d+)?>?$")]
    private static partial Regex StackFrame();
}
