using MlKata.Core.Grading;

namespace MlKata.Core.Reports;

/// <summary>Writes every report of a grading run into one folder.</summary>
public static class GradeReports
{
    /// <summary>
    /// Writes results.json, junit.xml, summary.md and scoreboard.html into <paramref name="folder"/>;
    /// <paramref name="history"/> (the group's graded runs up to and including this one, or null
    /// when the run keeps none) feeds the scoreboard's progress chart.
    /// </summary>
    public static void WriteAll(string folder, IReadOnlyList<GradeRow> rows, IReadOnlyDictionary<string, string> titles, DateTimeOffset generated, IReadOnlyList<GradedRun>? history)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, GradeResultsJson.FileName), GradeResultsJson.Write(rows));
        JUnitReport.Write(rows).Save(Path.Combine(folder, JUnitReport.FileName));
        File.WriteAllText(Path.Combine(folder, SummaryMarkdown.FileName), SummaryMarkdown.Write(rows));
        File.WriteAllText(Path.Combine(folder, ScoreboardHtml.FileName), ScoreboardHtml.Write(rows, titles, generated, history));
    }
}
