using Spectre.Console;

namespace MlKata.Cli.Markdown;

/// <summary>
/// Writes a markdown page to a terminal readably, as <c>rustc --explain</c> does: headings in
/// bold, prose wrapped to the width, code indented and coloured with its comments dimmed,
/// tables as tables, and none of the markdown's own punctuation.
/// </summary>
internal static class TerminalMarkdown
{
    private const string CodeIndent = "    ";

    public static void Write(IAnsiConsole console, string markdown)
    {
        MarkdownBlock? previous = null;
        foreach (var block in MarkdownParser.Parse(markdown))
        {
            // Blocks are set apart by a blank line, as in the source; a list's items stay together.
            if (previous is not null && !(previous is ListItem && block is ListItem))
            {
                console.WriteLine();
            }

            if (block is TableBlock { Header: not null } table)
            {
                console.Write(Table(table)); // a table ends its own last line
            }
            else
            {
                console.MarkupLine(MarkupOf(block));
            }

            previous = block;
        }
    }

    // Prefixes rather than padding widgets: those would pad every line with trailing spaces.
    private static string MarkupOf(MarkdownBlock block) => block switch
    {
        Heading { Level: 1 } heading => $"[bold underline]{InlineMarkup.ToMarkup(heading.Text)}[/]",
        Heading heading => $"[bold]{InlineMarkup.ToMarkup(heading.Text)}[/]",
        Paragraph paragraph => InlineMarkup.ToMarkup(paragraph.Text),
        ListItem item => $"  {(item.Marker is "-" or "*" or "+" ? "•" : item.Marker)} {InlineMarkup.ToMarkup(item.Text)}",
        CodeBlock code => string.Join('\n', code.Lines.Select(l => l.Length == 0 ? "" : CodeIndent + CodeLine(l, CodeSyntax.CommentStart(code.Language)))),
        TableBlock pairs => NameValueLines(pairs),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "a block the parser does not make"),
    };

    private static string CodeLine(string line, string? commentStart)
    {
        var comment = commentStart is null ? -1 : CodeSyntax.CommentIndex(line, commentStart);
        return comment < 0
            ? $"[{InlineMarkup.CodeStyle}]{Markup.Escape(line)}[/]"
            : $"[{InlineMarkup.CodeStyle}]{Markup.Escape(line[..comment])}[/][grey]{Markup.Escape(line[comment..])}[/]";
    }

    private static Table Table(TableBlock block)
    {
        var header = block.Header!;
        var columns = Math.Max(header.Count, block.Rows.Count == 0 ? 0 : block.Rows.Max(r => r.Count));
        var table = new Table().Border(TableBorder.Rounded);
        for (var c = 0; c < columns; c++)
        {
            table.AddColumn(new TableColumn(c < header.Count ? $"[bold]{InlineMarkup.ToMarkup(header[c])}[/]" : ""));
        }

        foreach (var row in block.Rows)
        {
            table.AddRow(Enumerable.Range(0, columns).Select(c => c < row.Count ? InlineMarkup.ToMarkup(row[c]) : "").ToArray());
        }

        return table;
    }

    // A headerless table, such as the page's Category / Default severity / Code fix box, is a list
    // of names and values: the names dimmed and padded to one width, with no frame.
    private static string NameValueLines(TableBlock block)
    {
        var width = block.Rows.Max(r => r.Count > 0 ? InlineMarkup.PlainLength(r[0]) : 0);
        return string.Join('\n', block.Rows.Select(row =>
            string.Join("  ", row.Select((cell, c) => c == 0 && row.Count > 1
                ? $"[grey]{InlineMarkup.ToMarkup(cell)}[/]{new string(' ', width - InlineMarkup.PlainLength(cell))}"
                : InlineMarkup.ToMarkup(cell)))));
    }
}
