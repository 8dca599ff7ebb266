using System.Globalization;
using System.Net;
using System.Text;
using MlKata.Core.Grading;

namespace MlKata.Core.Reports;

/// <summary>
/// scoreboard.html: one self-contained page (no external file, script or font) for a study
/// group: a learner × kata grid coloured by status, points in each cell, totals, sortable by
/// clicking a column; the address can name the initial order (<c>#sort=learner-asc</c>).
/// </summary>
public static class ScoreboardHtml
{
    /// <summary>The file name in a report folder.</summary>
    public const string FileName = "scoreboard.html";

    /// <summary>The rows as an HTML page; <paramref name="titles"/> gives each kata's title for its column tooltip.</summary>
    public static string Write(IReadOnlyList<GradeRow> rows, IReadOnlyDictionary<string, string> titles, DateTimeOffset generated)
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
              thead th { background: #f6f8fa; cursor: pointer; user-select: none; white-space: nowrap; }
              thead th small { display: block; font-weight: normal; color: #57606a; }
              thead th.sorted-asc::after { content: " ▲"; } thead th.sorted-desc::after { content: " ▼"; }
              tbody th { text-align: left; }
              td.total { font-weight: 600; background: #f6f8fa; }
              .Passed { background: #dafbe1; } .Failed { background: #ffebe9; } .CompileError { background: #fff1cc; }
              .TimedOut { background: #ffe2c4; } .Crashed { background: #ffd7d5; } .Invalid { background: #fbe7ff; }
              .Missing { background: #f6f8fa; color: #8c959f; } .InfrastructureError { background: #e7e7e7; }
              .legend { margin-top: 1rem; display: flex; gap: .5rem; flex-wrap: wrap; }
              .legend span { padding: .2rem .5rem; border: 1px solid #d0d7de; border-radius: 4px; }
            </style>
            </head>
            <body>
            <h1>MlKata scoreboard</h1>
            <p class="meta">{{learners.Count}} learners · {{katas.Count}} katas · graded {{Encode(generated.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture))}}</p>
            <table id="board">
            <thead><tr><th data-key="learner" data-type="text">Learner</th>
            """);
        foreach (var kata in katas)
        {
            var max = rows.Where(r => r.KataId == kata).Select(r => r.MaxPoints).DefaultIfEmpty(0).Max();
            html.Append($"<th data-key=\"{Encode(kata)}\" data-type=\"number\" title=\"{Encode(titles.GetValueOrDefault(kata, kata))}\">{Encode(kata)}<small>{max} pts</small></th>");
        }

        html.AppendLine("<th data-key=\"total\" data-type=\"number\">Total</th></tr></thead>");
        html.AppendLine("<tbody>");
        foreach (var learner in learners)
        {
            html.Append($"<tr data-learner=\"{Encode(learner.Key)}\"><th data-value=\"{Encode(learner.Key)}\">{Encode(learner.Key)}</th>");
            foreach (var kata in katas)
            {
                var row = learner.FirstOrDefault(r => r.KataId == kata);
                html.Append(row is null
                    ? "<td class=\"Missing\" data-value=\"-1\">–</td>"
                    : $"<td class=\"{row.Status}\" data-value=\"{row.Points}\" title=\"{Encode($"{row.Status}: {row.Message.Split('\n')[0].Trim()}")}\">{row.Points}/{row.MaxPoints}</td>");
            }

            html.AppendLine($"<td class=\"total\" data-value=\"{learner.Sum(r => r.Points)}\">{learner.Sum(r => r.Points)}/{learner.Sum(r => r.MaxPoints)}</td></tr>");
        }

        html.Append("""
            </tbody>
            </table>
            <div class="legend"><span class="Passed">passed</span><span class="Failed">failed</span><span class="CompileError">does not compile</span><span class="TimedOut">timed out</span><span class="Crashed">crashed</span><span class="Invalid">invalid submission</span><span class="Missing">not submitted</span></div>
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
                headers.forEach(h => h.classList.remove("sorted-asc", "sorted-desc"));
                headers[column].classList.add(`sorted-${direction}`);
              };
              headers.forEach(h => h.addEventListener("click", () =>
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

    // The one way text enters the page: learner names, kata ids and messages come from
    // submissions, and must show as text, never as markup.
    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
