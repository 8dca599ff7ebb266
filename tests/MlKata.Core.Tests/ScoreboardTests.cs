using System.Diagnostics;
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
        File.WriteAllText(_page, ScoreboardHtml.Write(SampleGradeRows.All, new Dictionary<string, string> { ["dense-relu-layer"] = "Dense layer" }, DateTimeOffset.UnixEpoch));
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
    public void A_screenshot_is_taken()
    {
        var screenshot = Path.Combine(_folder, "scoreboard.png");

        Chromium($"--window-size=1000,400 --screenshot={screenshot} \"file://{_page}\"");

        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(5_000), "a rendered page, not a blank one");
    }

    private static IEnumerable<string> LearnerOrder(string dom) =>
        LearnerRow().Matches(dom).Select(m => m.Groups["learner"].Value);

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
}
