using System.Text;

namespace MlKata.Core.Reports;

/// <summary>
/// Text from a submission (a learner's folder name, a kata id, a message) made inert in
/// Markdown: one line that cannot end a table cell or row, open a comment, a tag, a link or
/// a code span, or emphasise what follows it. It renders as the text it was.
/// </summary>
internal static class MarkdownText
{
    /// <summary><paramref name="text"/> as inline Markdown that shows it literally.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);

        // By rune, which turns a lone surrogate (that no UTF-8 writer accepts) into U+FFFD.
        foreach (var rune in text.EnumerateRunes())
        {
            _ = rune.Value switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '\\' or '|' or '`' or '*' or '_' or '~' or '[' or ']' => escaped.Append('\\').Append(rune),
                '\u2028' or '\u2029' => escaped.Append(' '), // not control characters, yet some renderers break lines at them
                _ when Rune.IsControl(rune) => escaped.Append(' '),
                _ => escaped.Append(rune),
            };
        }

        return escaped.ToString();
    }
}
