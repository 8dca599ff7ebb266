using System.Globalization;
using System.Text;
using MlKata.Core.Grading;

namespace MlKata.Core.Reports;

/// <summary>
/// scoreboard.html: one self-contained page (no external file, script or font) for a study
/// group: a learner × kata grid coloured by status, points and a mark per task in each cell,
/// totals, sortable by any column (a button in its header); the address can name the initial
/// order (<c>#sort=learner-asc</c>). Below it, the group's progress over its graded runs.
/// </summary>
public static class ScoreboardHtml
{
    /// <summary>The file name in a report folder.</summary>
    public const string FileName = "scoreboard.html";

    /// <summary>
    /// The rows as an HTML page; <paramref name="titles"/> gives each kata's title for its column
    /// tooltip; <paramref name="history"/> is the group's graded runs up to and including this
    /// one, or null when the run keeps no history.
    /// </summary>
    public static string Write(IReadOnlyList<GradeRow> rows, IReadOnlyDictionary<string, string> titles, DateTimeOffset generated, IReadOnlyList<GradedRun>? history)
    {
        var katas = rows.Select(r => r.KataId).Distinct().Order(StringComparer.Ordinal).ToList();
        var learners = rows.GroupBy(r => r.Learner).OrderByDescending(g => g.Sum(r => r.Points)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var html = new StringBuilder();
        html.Append($$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>MlKata scoreboard</title>
            <style>
              body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem; color: #1f2328; }
              h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
              .meta { color: #57606a; margin: 0 0 1.25rem; }
              table { border-collapse: collapse; }
              th, td { border: 1px solid #d0d7de; padding: .45rem .7rem; text-align: center; }
              thead th { background: #f6f8fa; white-space: nowrap; }
              thead th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
              thead th small { display: block; font-weight: normal; color: #57606a; }
              thead th.sorted-asc::after { content: " ▲"; } thead th.sorted-desc::after { content: " ▼"; }
              tbody th { text-align: left; }
              td.total { font-weight: 600; background: #f6f8fa; }
              .Passed { background: #dafbe1; } .Failed { background: #ffebe9; } .CompileError { background: #fff1cc; }
              .TimedOut { background: #ffe2c4; } .Crashed { background: #ffd7d5; } .Invalid { background: #fbe7ff; }
              .Missing { background: #f6f8fa; color: #8c959f; } .InfrastructureError { background: #e7e7e7; }
              .legend { margin-top: 1rem; display: flex; gap: .5rem; flex-wrap: wrap; }
              .legend span { padding: .2rem .5rem; border: 1px solid #d0d7de; border-radius: 4px; }
            {{TaskMarksHtml.Style}}
            {{ProgressChartHtml.Style}}
            </style>
            </head>
            <body>
            <h1>MlKata scoreboard</h1>
            <p class="meta">{{Counted.Of(learners.Count, "learner")}} · {{Counted.Of(katas.Count, "kata")}} · graded {{HtmlText.Encode(generated.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture))}}</p>
            <table id="board">
            <thead><tr><th data-key="learner" data-type="text"><button type="button">Learner</button></th>
            """);
        foreach (var kata in katas)
        {
            var max = rows.Where(r => r.KataId == kata).Select(r => r.MaxPoints).DefaultIfEmpty(0).Max();
            html.Append($"<th data-key=\"{HtmlText.Encode(kata)}\" data-type=\"number\" title=\"{HtmlText.Encode(titles.GetValueOrDefault(kata, kata))}\"><button type=\"button\">{HtmlText.Encode(kata)}<small>{Counted.Of(max, "point")}</small></button></th>");
        }

        html.AppendLine("<th data-key=\"total\" data-type=\"number\"><button type=\"button\">Total</button></th></tr></thead>");
        html.AppendLine("<tbody>");
        foreach (var learner in learners)
        {
            html.Append($"<tr data-learner=\"{HtmlText.Encode(learner.Key)}\"><th scope=\"row\" data-value=\"{HtmlText.Encode(learner.Key)}\">{HtmlText.Encode(learner.Key)}</th>");
            foreach (var kata in katas)
            {
                var row = learner.FirstOrDefault(r => r.KataId == kata);
                html.Append(row is null
                    ? "<td class=\"Missing\" data-value=\"-1\">–</td>"
                    : $"<td class=\"{row.Status}\" data-value=\"{row.Points}\" title=\"{HtmlText.Encode($"{row.Status}: {row.Message.Split('\n')[0].Trim()}")}\">{row.Points}/{row.MaxPoints}{TaskMarksHtml.Write(row.Tests)}</td>");
            }

            html.AppendLine($"<td class=\"total\" data-value=\"{learner.Sum(r => r.Points)}\">{learner.Sum(r => r.Points)}/{learner.Sum(r => r.MaxPoints)}</td></tr>");
        }

        html.Append("""
            </tbody>
            </table>
            <div class="legend"><span class="Passed">passed</span><span class="Failed">failed</span><span class="CompileError">does not compile</span><span class="TimedOut">timed out</span><span class="Crashed">crashed</span><span class="Invalid">invalid submission</span><span class="Missing">not submitted</span><span>task marks: ✓ every test of the task passed, ✗ not yet (hover for its points and tests)</span></div>

            """);
        html.Append(ProgressChartHtml.Write(history));
        html.Append("""
            <script>
            (() => {
              const table = document.getElementById("board");
              const headers = [...table.tHead.rows[0].cells];
              const sortBy = (key, direction) => {
                const column = headers.findIndex(h => h.dataset.key === key);
                if (column < 0) return;
                const numeric = headers[column].dataset.type === "number";
                const value = row => row.cells[column].dataset.value;
                const rows = [...table.tBodies[0].rows].sort((a, b) => {
                  const order = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
                  return direction === "asc" ? order : -order;
                });
                rows.forEach(row => table.tBodies[0].appendChild(row));
                headers.forEach(h => { h.classList.remove("sorted-asc", "sorted-desc"); h.removeAttribute("aria-sort"); });
                headers[column].classList.add(`sorted-${direction}`);
                headers[column].setAttribute("aria-sort", direction === "asc" ? "ascending" : "descending");
              };
              headers.forEach(h => h.querySelector("button").addEventListener("click", () =>
                sortBy(h.dataset.key, h.classList.contains("sorted-desc") ? "asc" : h.classList.contains("sorted-asc") ? "desc" : (h.dataset.type === "text" ? "asc" : "desc"))));
              const requested = /^#sort=(.+)-(asc|desc)$/.exec(decodeURIComponent(location.hash));
              if (requested) sortBy(requested[1], requested[2]); else sortBy("total", "desc");
            })();
            </script>
            </body>
            </html>

            """);
        return html.ToString();
    }
}
