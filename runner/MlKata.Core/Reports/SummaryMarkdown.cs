using System.Text;
using MlKata.Core.Grading;

namespace MlKata.Core.Reports;

/// <summary>
/// summary.md: a learner × kata table of points, fit for GITHUB_STEP_SUMMARY, then what went
/// wrong where. Names and messages come from submissions, so each is escaped: whatever a
/// learner calls a folder, each learner is one table row.
/// </summary>
public static class SummaryMarkdown
{
    /// <summary>The file name in a report folder.</summary>
    public const string FileName = "summary.md";

    /// <summary>The rows as Markdown.</summary>
    public static string Write(IReadOnlyList<GradeRow> rows)
    {
        var katas = rows.Select(r => r.KataId).Distinct().Order(StringComparer.Ordinal).ToList();
        var learners = rows.GroupBy(r => r.Learner).OrderByDescending(g => g.Sum(r => r.Points)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine("# MlKata scoreboard").AppendLine();
        text.AppendLine($"{Counted.Of(learners.Count, "learner")} · {Counted.Of(katas.Count, "kata")}").AppendLine();
        text.AppendLine($"| learner | {string.Join(" | ", katas.Select(MarkdownText.Escape))} | total |");
        text.AppendLine($"|---|{string.Concat(katas.Select(_ => "---:|"))}---:|");
        foreach (var learner in learners)
        {
            var cells = katas.Select(k => learner.FirstOrDefault(r => r.KataId == k) is { } row ? Cell(row) : "");
            text.AppendLine($"| {MarkdownText.Escape(learner.Key)} | {string.Join(" | ", cells)} | **{learner.Sum(r => r.Points)}/{learner.Sum(r => r.MaxPoints)}** |");
        }

        text.AppendLine().AppendLine("✅ passed · ❌ failed · 🛠 does not compile · ⏱ timed out · 💥 crashed · ⚠ invalid submission · ➖ not submitted");
        if (HowGraded(rows) is { } how)
        {
            text.AppendLine().AppendLine(how);
        }

        var problems = rows.Where(r => r.Status is not (GradeStatus.Passed or GradeStatus.Failed or GradeStatus.Missing)).ToList();
        if (problems.Count > 0)
        {
            text.AppendLine().AppendLine("## Needs attention").AppendLine();
            foreach (var row in problems)
            {
                text.AppendLine($"- **{MarkdownText.Escape(row.Learner)} / {MarkdownText.Escape(row.KataId)}** ({row.Status}): {MarkdownText.Escape(row.Message.Split('\n')[0].Trim())}");
            }
        }

        return text.ToString();
    }

    // Shards of one run share a seed; merged runs may not, and every seed is worth stating.
    private static string? HowGraded(IReadOnlyList<GradeRow> rows)
    {
        var seeds = rows.Select(r => r.Seed).OfType<int>().Distinct().Order().ToList();
        var sandboxes = rows.Select(r => r.Sandbox).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (seeds.Count == 0 && sandboxes.Count == 0)
        {
            return null;
        }

        var where = sandboxes switch
        {
            [GradingConditions.Bubblewrap] => "Learner code ran in the bubblewrap sandbox",
            [GradingConditions.NoSandbox] => "⚠ Learner code ran **unsandboxed** (`--no-sandbox`)",
            [] => "Graded",
            _ => $"Learner code ran in: {string.Join(", ", sandboxes.Select(MarkdownText.Escape))}",
        };
        return seeds.Count == 0 ? $"{where}." : $"{where}; grading seed {string.Join(", ", seeds)}.";
    }

    private static string Cell(GradeRow row) => $"{Icon(row.Status)} {row.Points}/{row.MaxPoints}";

    /// <summary>The status as a one-character mark.</summary>
    public static string Icon(GradeStatus status) => status switch
    {
        GradeStatus.Passed => "✅",
        GradeStatus.Failed => "❌",
        GradeStatus.CompileError => "🛠",
        GradeStatus.TimedOut => "⏱",
        GradeStatus.Crashed => "💥",
        GradeStatus.Invalid => "⚠",
        GradeStatus.Missing => "➖",
        _ => "❗",
    };
}
