using System.Xml.Linq;
using MlKata.Core.Engine;
using MlKata.Core.Grading;
using MlKata.Core.Reports;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// Learner and kata names are folder names a learner chose, and messages quote their code: in
/// every report they are text, and never change the report's structure.
/// </summary>
public sealed class ReportEscapingTests
{
    private const string CommentOpener = "evil\n| x | y |\n<!--";
    private const string ScriptTag = "<script>alert(1)</script>";
    private const string TrailingBackslash = @"back\";
    private const string MarkdownKataId = "k`[ata](x)|**\u2028";

    /// <summary>Hostile names and messages beside an ordinary learner; one of them a kata id (a folder whose kata.json could not be read).</summary>
    private static readonly GradeRow[] Rows =
    [
        new("alice", "tiny", GradeStatus.Passed, 2, 2, "all 2 tests passed", [], 1),
        new(CommentOpener, "tiny", GradeStatus.Invalid, 0, 2, "src/Adder.cs is a symbolic link: submit the file itself.", [], 0),
        new(ScriptTag, "tiny", GradeStatus.CompileError, 0, 2, "does not compile: ]]> <!-- \u0001\u001b[31m\ud800", [], 0),
        new(TrailingBackslash, MarkdownKataId, GradeStatus.Failed, 0, 2, "1 of 1 tests failed",
            [new("Tests.Adds\u0007", TestVerdict.Failed, "Expected: <5>\u0000 & more", null, null, 1, 2)], 0),
    ];

    private string _reports = null!;

    [OneTimeSetUp]
    public void WriteTheReports()
    {
        _reports = Directory.CreateTempSubdirectory("mlkata-escaping-").FullName;
        var now = DateTimeOffset.UnixEpoch.AddDays(7);
        GradedRun[] history = [GradedRun.Of(Rows, DateTimeOffset.UnixEpoch), GradedRun.Of(Rows, now)]; // the names are in the progress chart too
        GradeReports.WriteAll(_reports, Rows, new Dictionary<string, string> { ["tiny"] = "Tiny <b>kata</b>" }, now, history);
    }

    [OneTimeTearDown]
    public void RemoveThem() => Directory.Delete(_reports, recursive: true);

    [Test]
    public void Summary_has_one_table_row_per_learner_each_with_every_cell()
    {
        var lines = Read(SummaryMarkdown.FileName).Split('\n');
        var table = lines.SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
        var learners = Rows.Select(r => r.Learner).Distinct().Count();

        Assert.Multiple(() =>
        {
            Assert.That(table, Has.Count.EqualTo(2 + learners), "the header, its rule, and a row per learner");
            Assert.That(table.Select(CellBorders), Is.All.EqualTo(CellBorders(table[1])), "no cell is split or joined");
            Assert.That(lines.Count(l => l.StartsWith("- **", StringComparison.Ordinal)), Is.EqualTo(Rows.Count(r => r.Status is not (GradeStatus.Passed or GradeStatus.Failed or GradeStatus.Missing))), "a line per problem");
        });
    }

    [Test]
    public void Summary_shows_markup_as_text()
    {
        var summary = Read(SummaryMarkdown.FileName);

        Assert.Multiple(() =>
        {
            Assert.That(summary, Does.Not.Contain("<!--").And.Not.Contain("<script"));
            Assert.That(summary.IndexOfAny(['\u0001', '\u001b', '\u2028']), Is.EqualTo(-1), "no control character or line separator");
            Assert.That(summary, Does.Contain(@"| evil \| x \| y \| &lt;!-- |"));
            Assert.That(summary, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(summary, Does.Contain(@"| back\\ |"), "a trailing backslash cannot escape the cell's border");
            Assert.That(summary, Does.Contain(@"k\`\[ata\](x)\|\*\* "), "no code span, link, emphasis or line break in a kata id");
        });
    }

    [Test]
    public void Scoreboard_shows_markup_as_text()
    {
        var html = Read(ScoreboardHtml.FileName);

        Assert.Multiple(() =>
        {
            Assert.That(html.Split("<script").Length - 1, Is.EqualTo(1), "the page's own script and no other");
            Assert.That(html, Does.Not.Contain("<!--").And.Not.Contain("<b>"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(html.Split("<tr data-learner=").Length - 1, Is.EqualTo(Rows.Select(r => r.Learner).Distinct().Count()));
            Assert.That(html.Split("<path class=\"line\" data-learner=").Length - 1, Is.EqualTo(Rows.Select(r => r.Learner).Distinct().Count()), "a line per learner in the progress chart");
        });
    }

    [Test]
    public void Junit_parses_and_keeps_each_name_with_forbidden_characters_replaced()
    {
        var junit = XDocument.Parse(Read(JUnitReport.FileName));

        var suites = junit.Root!.Elements("testsuite").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(suites.Select(s => (string)s.Attribute("name")!), Is.EqualTo(Rows.Select(r => $"{r.Learner}/{r.KataId}")));
            Assert.That((string)suites[2].Element("testcase")!.Element("error")!, Is.EqualTo("does not compile: ]]> <!-- \uFFFD\uFFFD[31m\uFFFD"));
            Assert.That((string)suites[3].Element("testcase")!.Attribute("name")!, Is.EqualTo("Tests.Adds\uFFFD"));
            Assert.That((string)suites[3].Element("testcase")!.Element("failure")!, Is.EqualTo("Expected: <5>\uFFFD & more"));
        });
    }

    [Test]
    public void Results_json_gives_the_names_back_as_they_were()
    {
        var read = GradeResultsJson.Read(Path.Combine(_reports, GradeResultsJson.FileName));

        Assert.Multiple(() =>
        {
            Assert.That(read.Select(r => (r.Learner, r.KataId)), Is.EqualTo(Rows.Select(r => (r.Learner, r.KataId))));
            Assert.That(read[3].Tests[0].Name, Is.EqualTo("Tests.Adds\u0007"));
            Assert.That(read[2].Message, Is.EqualTo("does not compile: ]]> <!-- \u0001\u001b[31m\uFFFD"), "a lone surrogate cannot be UTF-8 and is replaced");
        });
    }

    private string Read(string report) => File.ReadAllText(Path.Combine(_reports, report));

    /// <summary>The '|' a Markdown table splits <paramref name="line"/> at: every one not escaped by a backslash.</summary>
    private static int CellBorders(string line)
    {
        var borders = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                borders++;
            }
        }

        return borders;
    }
}
