namespace MlKata.Cli.Markdown;

/// <summary>One block of a markdown page, told apart only as far as a terminal renders them differently.</summary>
internal abstract record MarkdownBlock;

/// <summary><c># Title</c> (level 1) to <c>###### Title</c> (level 6).</summary>
internal sealed record Heading(int Level, string Text) : MarkdownBlock;

/// <summary>Prose: the source's lines joined, since markdown wraps them only for the editor.</summary>
internal sealed record Paragraph(string Text) : MarkdownBlock;

/// <summary>A fenced code block, with the language its fence names (or empty).</summary>
internal sealed record CodeBlock(string Language, IReadOnlyList<string> Lines) : MarkdownBlock;

/// <summary>A pipe table; <see cref="Header"/> is null when every header cell is empty, as on the rules' pages.</summary>
internal sealed record TableBlock(IReadOnlyList<string>? Header, IReadOnlyList<IReadOnlyList<string>> Rows) : MarkdownBlock;

/// <summary>One item of a bulleted (<c>-</c>) or numbered (<c>1.</c>) list.</summary>
internal sealed record ListItem(string Marker, string Text) : MarkdownBlock;
