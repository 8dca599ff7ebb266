using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MlKata.Core.Grading;
using MlKata.Core.Reports;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// The scoreboard as a study group sees it: rendered by headless Chromium (Debian's
/// `chromium`, which ./test.sh installs), scripts run, and the resulting page read back.
/// </summary>
[NonParallelizable]
public sealed partial class ScoreboardTests
{
    private string _folder = null!;
    private string _page = null!;

    [OneTimeSetUp]
    public void WriteTheScoreboard()
    {
        _folder = Directory.CreateTempSubdirectory("mlkata-scoreboard-").FullName;
        _page = Path.Combine(_folder, ScoreboardHtml.FileName);
        File.WriteAllText(_page, ScoreboardHtml.Write(SampleGradeRows.All, new Dictionary<string, string> { ["dense-relu-layer"] = "Dense layer" }, SampleGradeHistory.LastRun, SampleGradeHistory.Runs));
    }

    [OneTimeTearDown]
    public void RemoveIt() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void The_page_is_self_contained()
    {
        var html = File.ReadAllText(_page);

        Assert.That(Regex.Matches(html, "(src|href)=\"(https?:)?//"), Is.Empty, "no external script, style or font");
        Assert.That(html, Does.Not.Contain("<script>alert(1)</script>"), "messages are escaped");
    }

    [Test]
    public void Learners_are_ranked_by_total_with_colours_points_and_totals()
    {
        var dom = Render("");

        Assert.Multiple(() =>
        {
            Assert.That(LearnerOrder(dom), Is.EqualTo(new[] { "alice", "dan", "bob", "carol", "erin" }), "by total, highest first (37, 25, 21, 0, 0), then by name");
            Assert.That(dom, Does.Contain("<td class=\"Passed\" data-value=\"22\""));
            Assert.That(dom, Does.Contain("<td class=\"CompileError\" data-value=\"0\""));
            Assert.That(dom, Does.Contain("<td class=\"Crashed\""));
            Assert.That(dom, Does.Contain("<td class=\"TimedOut\" data-value=\"4\""));
            Assert.That(dom, Does.Contain("37/43"), "alice's total");
            Assert.That(dom, Does.Contain("sorted-desc"), "the sorted column is marked");
            Assert.That(dom, Does.Contain("<th data-key=\"total\" data-type=\"number\" class=\"sorted-desc\" aria-sort=\"descending\"><button type=\"button\">Total</button>"), "and told to a screen reader; its header is a button a keyboard reaches");
        });
    }

    [TestCase("learner-asc", new[] { "alice", "bob", "carol", "dan", "erin" })]
    [TestCase("learner-desc", new[] { "erin", "dan", "carol", "bob", "alice" })]
    [TestCase("dense-relu-layer-desc", new[] { "alice", "dan", "bob", "carol", "erin" })]
    [TestCase("total-asc", new[] { "carol", "erin", "bob", "dan", "alice" })]
    public void Any_column_sorts(string sort, string[] expected)
    {
        Assert.That(LearnerOrder(Render($"#sort={sort}")), Is.EqualTo(expected));
    }

    [Test]
    public void Each_cell_marks_its_tasks_with_their_points_and_the_tests_not_passed()
    {
        var dom = Render("");

        Assert.Multiple(() =>
        {
            Assert.That(TaskMarks(dom, "alice"), Is.EqualTo(new[]
            {
                "passed ✓1 Task 1 passed: 22/22 points, 1 test",
                "passed ✓1 Task 1 passed: 15/15 points, 1 test",
                "failed ✗2 Task 2 failed: 0/6 points; 2 of 2 tests not passed: SlidingWindowTests.Add_is_constant_time (failed), SlidingWindowTests.Huge_window (timed out)",
            }));
            Assert.That(TaskMarks(dom, "dan"), Is.EqualTo(new[]
            {
                "passed ✓1 Task 1 passed: 4/4 points, 1 test",
                "failed ✗2 Task 2 failed: 0/18 points; 1 of 1 test not passed: DenseReluLayerTests.Batch_forward (timed out)",
            }));
            Assert.That(TaskMarks(dom, "bob"), Is.Empty, "no tests ran for a compile error, and bob's pass recorded none");
        });
    }

    [Test]
    public void The_progress_chart_draws_a_line_per_learner_through_each_run_s_points()
    {
        var chart = Chart().Match(Render("")).Value;
        var ticks = TickLabel().Matches(chart).ToDictionary(m => int.Parse(m.Groups["points"].Value, CultureInfo.InvariantCulture), m => Number(m.Groups["y"].Value));
        var (top, topY) = ticks.MaxBy(t => t.Key);
        var dates = RunLabel().Matches(chart).ToDictionary(m => m.Groups["x"].Value, m => m.Groups["date"].Value);
        string Drawn(Match vertex) =>
            $"{vertex.Groups["command"].Value} {dates[vertex.Groups["x"].Value]}:{Math.Round((ticks[0] - Number(vertex.Groups["y"].Value)) / (ticks[0] - topY) * top)}";
        var lines = ChartLine().Matches(chart).ToDictionary(m => m.Groups["learner"].Value, m => string.Join(" ", Vertex().Matches(m.Groups["d"].Value).Select(Drawn)));

        Assert.Multiple(() =>
        {
            Assert.That(top, Is.EqualTo(43), "the axis reaches the most points a learner could have");
            Assert.That(lines.Keys, Is.EquivalentTo(new[] { "alice", "bob", "carol", "dan", "erin" }), "one path per learner");
            foreach (var (learner, drawn) in lines)
            {
                Assert.That(drawn, Is.EqualTo(Expected(learner)), learner);
            }

            Assert.That(LegendEntry().Matches(chart).Select(m => m.Groups["learner"].Value), Is.EqualTo(new[] { "alice", "dan", "bob", "carol", "erin" }), "the legend ranks as the table does");
        });

        // The history's points, run by run; a learner absent from a run breaks the line there.
        static string Expected(string learner)
        {
            var drawn = new List<string>();
            var drawing = false;
            foreach (var run in SampleGradeHistory.Runs)
            {
                var standing = run.Learners.SingleOrDefault(l => l.Learner == learner);
                if (standing is not null)
                {
                    drawn.Add($"{(drawing ? "L" : "M")} {run.Time:yyyy-MM-dd}:{standing.Points}");
                }

                drawing = standing is not null;
            }

            return string.Join(" ", drawn);
        }
    }

    [Test]
    public void Without_a_history_of_two_runs_the_page_says_why_there_is_no_chart()
    {
        var none = WritePage("no-history.html", null);
        var one = WritePage("one-run.html", [SampleGradeHistory.Runs[^1]]);

        var withoutHistory = Chromium($"--dump-dom \"file://{none}\"");
        var withOneRun = Chromium($"--dump-dom \"file://{one}\"");

        Assert.Multiple(() =>
        {
            Assert.That(withoutHistory, Does.Contain("No progress chart: this run kept no history.").And.Not.Contain("<svg class=\"chart\""));
            Assert.That(withOneRun, Does.Contain("No progress chart yet: the history holds this run only.").And.Not.Contain("<svg class=\"chart\""));
        });
    }

    [Test]
    public void A_screenshot_is_taken()
    {
        var screenshot = Path.Combine(_folder, "scoreboard.png");

        Chromium($"--window-size=1000,1000 --screenshot={screenshot} \"file://{_page}\"");

        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(20_000), "a rendered page with its chart, not a blank one");
    }

    private static IEnumerable<string> LearnerOrder(string dom) =>
        LearnerRow().Matches(dom).Select(m => m.Groups["learner"].Value);

    /// <summary>The task marks of <paramref name="learner"/>'s row, as "class shown-text title", katas in column order.</summary>
    private static IEnumerable<string> TaskMarks(string dom, string learner)
    {
        var row = Regex.Match(dom, $"<tr data-learner=\"{learner}\">.*?</tr>", RegexOptions.Singleline).Value;
        return TaskMark().Matches(row).Select(m => $"{m.Groups["status"].Value} {m.Groups["shown"].Value} {m.Groups["title"].Value}");
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private string WritePage(string name, IReadOnlyList<GradedRun>? history)
    {
        var page = Path.Combine(_folder, name);
        File.WriteAllText(page, ScoreboardHtml.Write(SampleGradeRows.All, new Dictionary<string, string>(), SampleGradeHistory.LastRun, history));
        return page;
    }

    private string Render(string fragment) => Chromium($"--dump-dom \"file://{_page}{fragment}\"");

    private string Chromium(string arguments)
    {
        var profile = Path.Combine(_folder, "profile");
        var start = new ProcessStartInfo("chromium",
            $"--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir={profile} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("chromium is not installed: run the tests with ./test.sh, which installs Debian's chromium package.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish within 60 s");
            }

            return output.GetAwaiter().GetResult();
        }
    }

    [GeneratedRegex("<tr data-learner=\"(?<learner>[^\"]+)\"")]
    private static partial Regex LearnerRow();

    [GeneratedRegex("<li class=\"task-(?<status>passed|failed)\" title=\"(?<title>[^\"]*)\"><span aria-hidden=\"true\">(?<shown>[^<]*)</span>")]
    private static partial Regex TaskMark();

    [GeneratedRegex("<svg class=\"chart\".*?</svg>.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex Chart();

    [GeneratedRegex("<text class=\"tick\"[^>]* y=\"(?<y>[-0-9.]+)\"[^>]*>(?<points>[0-9]+)</text>")]
    private static partial Regex TickLabel();

    [GeneratedRegex("<text class=\"run\" x=\"(?<x>[-0-9.]+)\"[^>]*>(?<date>[0-9-]+)</text>")]
    private static partial Regex RunLabel();

    [GeneratedRegex("<path class=\"line\" data-learner=\"(?<learner>[^\"]+)\"[^>]* d=\"(?<d>[^\"]*)\"")]
    private static partial Regex ChartLine();

    [GeneratedRegex("(?<command>[ML])(?<x>[-0-9.]+) (?<y>[-0-9.]+)")]
    private static partial Regex Vertex();

    [GeneratedRegex("<li><svg [^>]*>.*?</svg>(?<learner>[^<]+)</li>")]
    private static partial Regex LegendEntry();
}
