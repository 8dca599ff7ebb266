using System.Text.RegularExpressions;

namespace MlKata.Cli.Markdown;

/// <summary>
/// Splits markdown into blocks: headings, paragraphs, fenced code, pipe tables and list items,
/// which is all the rules' pages use. Inline markup is left in the text for
/// <see cref="InlineMarkup"/>; HTML comments are dropped.
/// </summary>
internal static partial class MarkdownParser
{
    private const string Fence = "```";

    public static IReadOnlyList<MarkdownBlock> Parse(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<MarkdownBlock>();
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                i++;
            }
            else if (IsFence(line))
            {
                blocks.Add(Code(lines, ref i));
            }
            else if (IsCommentStart(line))
            {
                SkipComment(lines, ref i);
            }
            else if (HeadingLine().Match(line) is { Success: true } heading)
            {
                blocks.Add(new Heading(heading.Groups["hashes"].Length, heading.Groups["text"].Value.Trim()));
                i++;
            }
            else if (IsTableRow(line))
            {
                blocks.Add(Table(lines, ref i));
            }
            else if (ListLine().Match(line) is { Success: true } item)
            {
                i++;
                blocks.Add(new ListItem(item.Groups["marker"].Value, JoinContinuation(item.Groups["text"].Value, lines, ref i)));
            }
            else
            {
                i++;
                blocks.Add(new Paragraph(JoinContinuation(line.Trim(), lines, ref i)));
            }
        }

        return blocks;
    }

    // A paragraph or list item goes on until a blank line or the start of another block.
    private static string JoinContinuation(string first, string[] lines, ref int i)
    {
        var text = new List<string> { first.Trim() };
        while (i < lines.Length && !StartsBlock(lines[i]))
        {
            text.Add(lines[i].Trim());
            i++;
        }

        return string.Join(' ', text);
    }

    private static bool StartsBlock(string line) =>
        string.IsNullOrWhiteSpace(line) || IsFence(line) || IsCommentStart(line) || HeadingLine().IsMatch(line) || IsTableRow(line) || ListLine().IsMatch(line);

    private static CodeBlock Code(string[] lines, ref int i)
    {
        var language = lines[i].Trim()[Fence.Length..].Trim();
        var code = new List<string>();
        i++;
        while (i < lines.Length && !IsFence(lines[i]))
        {
            code.Add(lines[i]);
            i++;
        }

        i++; // the closing fence
        return new CodeBlock(language, code);
    }

    private static TableBlock Table(string[] lines, ref int i)
    {
        var rows = new List<IReadOnlyList<string>>();
        var separatorAt = -1;
        while (i < lines.Length && IsTableRow(lines[i]))
        {
            if (SeparatorRow().IsMatch(lines[i]))
            {
                separatorAt = rows.Count;
            }
            else
            {
                rows.Add(Cells(lines[i]));
            }

            i++;
        }

        // A separator after the first row makes that row the header; an all-empty header is no header.
        if (separatorAt != 1)
        {
            return new TableBlock(null, rows);
        }

        var header = rows[0].All(string.IsNullOrWhiteSpace) ? null : rows[0];
        return new TableBlock(header, rows.Skip(1).ToList());
    }

    private static List<string> Cells(string row)
    {
        var inner = row.Trim();
        inner = inner[1..]; // the leading pipe
        if (inner.EndsWith('|') && !inner.EndsWith("\\|", StringComparison.Ordinal))
        {
            inner = inner[..^1];
        }

        return CellSeparator().Split(inner).Select(c => c.Trim()).ToList();
    }

    private static void SkipComment(string[] lines, ref int i)
    {
        while (i < lines.Length && !lines[i].Contains("-->", StringComparison.Ordinal))
        {
            i++;
        }

        i++;
    }

    private static bool IsFence(string line) => line.TrimStart().StartsWith(Fence, StringComparison.Ordinal);

    private static bool IsCommentStart(string line) => line.TrimStart().StartsWith("<!--", StringComparison.Ordinal);

    private static bool IsTableRow(string line) => line.TrimStart().StartsWith('|');

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>.*)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s*(?<marker>[-*+]|\d+\.)\s+(?<text>.*)$")]
    private static partial Regex ListLine();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex SeparatorRow();

    // A pipe inside a cell is written \|.
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();
}
