namespace MlKata.Cli.Markdown;

/// <summary>Where a line comment starts in the languages the rules' pages show, so that a code block can dim it.</summary>
internal static class CodeSyntax
{
    /// <summary>The line-comment token of <paramref name="language"/> (a fence's info string), or null when unknown.</summary>
    public static string? CommentStart(string language) => language.ToLowerInvariant() switch
    {
        "csharp" or "cs" or "c#" => "//",
        "ini" or "editorconfig" or "sh" or "bash" or "yaml" or "yml" or "toml" => "#",
        _ => null,
    };

    /// <summary>Where <paramref name="commentStart"/> begins a comment in <paramref name="line"/>, or -1; one inside a string literal does not.</summary>
    public static int CommentIndex(string line, string commentStart)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\'))
            {
                inString = !inString;
            }
            else if (!inString && string.CompareOrdinal(line, i, commentStart, 0, commentStart.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
