using System.Globalization;
using System.Text;
using MlKata.Core.Grading;

namespace MlKata.Core.Reports;

/// <summary>
/// The scoreboard's "Progress" section: the group's points over its graded runs as an inline
/// SVG line chart (one path per learner, axes labelled, a legend), with the same numbers as a
/// table for a screen reader or a keyboard. Without a history of at least two runs there is no
/// line to draw, and the section says why instead.
/// </summary>
internal static class ProgressChartHtml
{
    /// <summary>The CSS the section needs.</summary>
    public const string Style = """
          section.progress { margin-top: 2rem; }
          section.progress h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
          svg.chart { max-width: 100%; height: auto; font-size: 12px; }
          svg.chart .grid { stroke: #d0d7de; } svg.chart .axis { stroke: #57606a; }
          svg.chart text { fill: #57606a; } svg.chart path.line { fill: none; stroke-width: 2; }
          ul.chart-legend { list-style: none; padding: 0; display: flex; gap: .4rem 1rem; flex-wrap: wrap; }
          ul.chart-legend svg { vertical-align: middle; margin-right: .3rem; }
        """;

    private const double Width = 720, Height = 320, Left = 56, Right = 44, Top = 16, Bottom = 56;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;
    private const int MostDateLabels = 8;

    // Told apart by colour-blind eyes too (Okabe–Ito, then neutrals); past ten, dashes tell them apart.
    private static readonly string[] Colours = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#8c564b", "#7f7f7f", "#b8a200"];
    private static readonly string[] Dashes = ["", "6 3", "2 3", "8 3 2 3"];

    /// <summary>The section for <paramref name="history"/> (null: the run kept none), which ends with the run being reported.</summary>
    public static string Write(IReadOnlyList<GradedRun>? history)
    {
        var html = new StringBuilder("<section class=\"progress\" aria-labelledby=\"progress-heading\">\n<h2 id=\"progress-heading\">Progress</h2>\n");
        html.AppendLine(history switch
        {
            null => "<p class=\"no-chart\">No progress chart: this run kept no history. Grade with <code>--history &lt;file&gt;</code>, keeping the file from run to run, to see the group's points over time.</p>",
            { Count: < 2 } => "<p class=\"no-chart\">No progress chart yet: the history holds this run only. The chart is drawn from the next graded run on.</p>",
            _ => Chart(history),
        });
        return html.Append("</section>\n").ToString();
    }

    private static string Chart(IReadOnlyList<GradedRun> runs)
    {
        // Ranked by where each stands now, as the table above is, so the legend reads the same way.
        var learners = runs.SelectMany(r => r.Learners.Select(l => l.Learner)).Distinct()
            .OrderByDescending(l => runs[^1].Learners.FirstOrDefault(s => s.Learner == l)?.Points ?? -1)
            .ThenBy(l => l, StringComparer.Ordinal)
            .ToList();
        var top = Math.Max(1, runs.SelectMany(r => r.Learners).Max(l => l.MaxPoints));
        double X(int run) => Left + (run * PlotWidth / (runs.Count - 1));
        double Y(int points) => Top + (PlotHeight * (1 - ((double)points / top)));

        var svg = new StringBuilder();
        svg.AppendLine($"<svg class=\"chart\" viewBox=\"0 0 {N(Width)} {N(Height)}\" width=\"{N(Width)}\" height=\"{N(Height)}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">");
        svg.AppendLine($"<title id=\"chart-title\">Points per learner over {Counted.Of(runs.Count, "graded run")}</title>");
        svg.AppendLine($"<desc id=\"chart-desc\">One line per learner, from {Date(runs[0])} to {Date(runs[^1])}; the table below holds the same numbers.</desc>");
        foreach (var tick in Ticks(top))
        {
            svg.AppendLine($"<line class=\"grid\" x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{N(Y(tick))}\" y2=\"{N(Y(tick))}\"/><text class=\"tick\" x=\"{N(Left - 6)}\" y=\"{N(Y(tick))}\" text-anchor=\"end\" dominant-baseline=\"middle\">{tick}</text>");
        }

        var step = (int)Math.Ceiling(runs.Count / (double)MostDateLabels);
        for (var run = 0; run < runs.Count; run += step)
        {
            svg.AppendLine($"<text class=\"run\" x=\"{N(X(run))}\" y=\"{N(Height - Bottom + 18)}\" text-anchor=\"middle\">{Date(runs[run])}</text>");
        }

        svg.AppendLine($"<line class=\"axis\" x1=\"{N(Left)}\" x2=\"{N(Left)}\" y1=\"{N(Top)}\" y2=\"{N(Height - Bottom)}\"/><line class=\"axis\" x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{N(Height - Bottom)}\" y2=\"{N(Height - Bottom)}\"/>");
        svg.AppendLine($"<text x=\"{N(Left + (PlotWidth / 2))}\" y=\"{N(Height - 8)}\" text-anchor=\"middle\">graded run (UTC date)</text>");
        svg.AppendLine($"<text transform=\"translate(14 {N(Top + (PlotHeight / 2))}) rotate(-90)\" text-anchor=\"middle\">points</text>");
        for (var index = 0; index < learners.Count; index++)
        {
            var learner = learners[index];
            var standings = runs.Select((r, run) => (Run: run, Standing: r.Learners.FirstOrDefault(l => l.Learner == learner))).ToList();
            svg.Append($"<path class=\"line\" data-learner=\"{HtmlText.Encode(learner)}\" stroke=\"{Colour(index)}\"{Dash(index)} d=\"{Line(standings.Select(s => s.Standing is null ? ((double, double)?)null : (X(s.Run), Y(s.Standing.Points))))}\"/>");
            foreach (var (run, standing) in standings.Where(s => s.Standing is not null))
            {
                svg.Append($"<circle cx=\"{N(X(run))}\" cy=\"{N(Y(standing!.Points))}\" r=\"3\" fill=\"{Colour(index)}\" data-learner=\"{HtmlText.Encode(learner)}\" data-points=\"{standing.Points}\"><title>{HtmlText.Encode($"{learner}, {When(runs[run])} UTC: {standing.Points}/{Counted.Of(standing.MaxPoints, "point")}, {Counted.Of(standing.KatasPassed, "kata")} passed")}</title></circle>");
            }

            svg.AppendLine();
        }

        svg.AppendLine("</svg>");
        svg.Append("<ul class=\"chart-legend\" aria-label=\"legend\">");
        for (var index = 0; index < learners.Count; index++)
        {
            svg.Append($"<li><svg width=\"24\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" x2=\"24\" y1=\"5\" y2=\"5\" stroke=\"{Colour(index)}\" stroke-width=\"2\"{Dash(index)}/></svg>{HtmlText.Encode(learners[index])}</li>");
        }

        svg.AppendLine("</ul>");
        svg.Append(Table(runs, learners));
        return svg.ToString();
    }

    // The chart's numbers for those who cannot see it: learners by row, runs by column.
    private static string Table(IReadOnlyList<GradedRun> runs, IReadOnlyList<string> learners)
    {
        var table = new StringBuilder("<details><summary>Progress as a table (times in UTC)</summary>\n<table class=\"progress-table\">\n<thead><tr><th scope=\"col\">Learner</th>");
        foreach (var run in runs)
        {
            table.Append($"<th scope=\"col\">{When(run)}</th>");
        }

        table.AppendLine("</tr></thead>\n<tbody>");
        foreach (var learner in learners)
        {
            table.Append($"<tr><th scope=\"row\">{HtmlText.Encode(learner)}</th>");
            foreach (var run in runs)
            {
                table.Append(run.Learners.FirstOrDefault(l => l.Learner == learner) is { } standing ? $"<td>{standing.Points}/{standing.MaxPoints}</td>" : "<td>–</td>");
            }

            table.AppendLine("</tr>");
        }

        return table.AppendLine("</tbody>\n</table>\n</details>").ToString();
    }

    // A learner absent from a run (not yet in the group, or graded elsewhere) leaves a gap, not a fall to zero.
    private static string Line(IEnumerable<(double X, double Y)?> points)
    {
        var path = new StringBuilder();
        var drawing = false;
        foreach (var point in points)
        {
            if (point is { } p)
            {
                path.Append(path.Length == 0 ? "" : " ").Append(drawing ? 'L' : 'M').Append($"{N(p.X)} {N(p.Y)}");
            }

            drawing = point is not null;
        }

        return path.ToString();
    }

    private static IEnumerable<int> Ticks(int top) => new[] { 0, 0.25, 0.5, 0.75, 1 }.Select(f => (int)Math.Round(f * top)).Distinct();

    private static string Colour(int index) => Colours[index % Colours.Length];

    private static string Dash(int index) => Dashes[index / Colours.Length % Dashes.Length] is { Length: > 0 } dash ? $" stroke-dasharray=\"{dash}\"" : "";

    private static string Date(GradedRun run) => run.Time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string When(GradedRun run) => run.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
