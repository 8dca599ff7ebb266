using System.Text;
using MlKata.Core.Engine;

namespace MlKata.Core.Reports;

/// <summary>
/// A scoreboard cell's tasks: one small mark per task, passed (every test of it passed) or
/// failed, so an organiser sees where a learner is stuck. Each mark names its task, its points
/// and the tests that did not pass, as a tooltip for the eye and as text for a screen reader.
/// </summary>
internal static class TaskMarksHtml
{
    /// <summary>The CSS the marks need.</summary>
    public const string Style = """
          ol.tasks { list-style: none; margin: .3rem 0 0; padding: 0; display: flex; gap: .2rem; justify-content: center; }
          ol.tasks li { min-width: 1.1rem; padding: 0 .15rem; border-radius: 3px; font-size: .75rem; line-height: 1.1rem; cursor: help; }
          ol.tasks li.task-passed { background: #1a7f37; color: #fff; } ol.tasks li.task-failed { background: #cf222e; color: #fff; }
          .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        """;

    /// <summary>The marks of <paramref name="tests"/>, in task order; empty when no test ran.</summary>
    public static string Write(IReadOnlyList<TestOutcome> tests)
    {
        if (tests.Count == 0)
        {
            return "";
        }

        var marks = new StringBuilder("<ol class=\"tasks\" aria-label=\"tasks\">");
        foreach (var task in tests.GroupBy(t => t.Task ?? 0).OrderBy(t => t.Key))
        {
            var passed = task.All(t => t.Verdict == TestVerdict.Passed);
            var detail = Detail(task.Key, passed, task.ToList());
            marks.Append($"<li class=\"task-{(passed ? "passed" : "failed")}\" title=\"{HtmlText.Encode(detail)}\">")
                .Append($"<span aria-hidden=\"true\">{(passed ? "✓" : "✗")}{(task.Key == 0 ? "" : task.Key)}</span>")
                .Append($"<span class=\"sr-only\">{HtmlText.Encode(detail)}</span></li>");
        }

        return marks.Append("</ol>").ToString();
    }

    private static string Detail(int task, bool passed, IReadOnlyList<TestOutcome> tests)
    {
        var name = task == 0 ? "Tests without a task" : $"Task {task}";
        var points = $"{tests.Sum(t => t.PointsEarned)}/{Counted.Of(tests.Sum(t => t.Points ?? 0), "point")}";
        var notPassed = tests.Where(t => t.Verdict != TestVerdict.Passed).Select(t => $"{t.Name} ({Verdict(t.Verdict)})").ToList();
        return passed
            ? $"{name} passed: {points}, {Counted.Of(tests.Count, "test")}"
            : $"{name} failed: {points}; {notPassed.Count} of {Counted.Of(tests.Count, "test")} not passed: {string.Join(", ", notPassed)}";
    }

    private static string Verdict(TestVerdict verdict) => verdict switch
    {
        TestVerdict.TimedOut => "timed out",
        _ => verdict.ToString().ToLowerInvariant(),
    };
}
