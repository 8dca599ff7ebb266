using MlKata.Core.Grading;
using MlKata.Core.Reports;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>Counts in reports agree with their nouns: "1 kata", "2 katas", never "1 katas".</summary>
public sealed class CountedTests
{
    [TestCase(0, "kata", null, "0 katas")]
    [TestCase(1, "kata", null, "1 kata")]
    [TestCase(2, "kata", null, "2 katas")]
    [TestCase(1, "point", null, "1 point")]
    [TestCase(-1, "point", null, "-1 points")]
    [TestCase(1, "more error", "more errors", "1 more error")]
    [TestCase(3, "match", "matches", "3 matches")]
    public void A_count_takes_its_noun_in_the_right_number(int count, string singular, string? plural, string expected) =>
        Assert.That(Counted.Of(count, singular, plural), Is.EqualTo(expected));

    [Test]
    public void A_group_of_one_learner_with_one_kata_of_one_point_reads_in_the_singular()
    {
        GradeRow[] rows = [new("ann", "tiny", GradeStatus.Passed, 1, 1, "all 1 test passed", [new("TinyTests.Adds", Engine.TestVerdict.Passed, null, null, null, 1, 1)], 0.5)];

        var scoreboard = ScoreboardHtml.Write(rows, new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, null);
        var summary = SummaryMarkdown.Write(rows);

        Assert.Multiple(() =>
        {
            Assert.That(scoreboard, Does.Contain("1 learner · 1 kata · graded"));
            Assert.That(scoreboard, Does.Contain("<small>1 point</small>"), "the kata's column header");
            Assert.That(scoreboard, Does.Contain("Task 1 passed: 1/1 point, 1 test"));
            Assert.That(summary, Does.Contain("\n1 learner · 1 kata\n"));
        });
    }

    [Test]
    public void A_group_of_several_reads_in_the_plural()
    {
        var scoreboard = ScoreboardHtml.Write(SampleGradeRows.All, new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, null);

        Assert.Multiple(() =>
        {
            Assert.That(scoreboard, Does.Contain("5 learners · 3 katas · graded"));
            Assert.That(scoreboard, Does.Contain("<small>22 points</small>"));
            Assert.That(SummaryMarkdown.Write(SampleGradeRows.All), Does.Contain("\n5 learners · 3 katas\n"));
        });
    }
}
