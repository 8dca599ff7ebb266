namespace MlKata.Core.Catalog.Patches;

/// <summary>
/// A text as the lines a diff compares. A last line without a newline ends with
/// <see cref="Hunk.NoNewline"/>, so that applying a patch gives back the exact text it was
/// made from. Line ends are compared as LF: the repository stores LF.
/// </summary>
internal static class PatchText
{
    public static List<string> Tokens(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (normalised.Length == 0)
        {
            return [];
        }

        var lines = normalised.Split('\n').ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1); // the text ends with a newline
        }
        else
        {
            lines[^1] += Hunk.NoNewline;
        }

        return lines;
    }

    public static string Join(IReadOnlyList<string> tokens) =>
        tokens.Count == 0
            ? ""
            : tokens[^1].EndsWith(Hunk.NoNewline)
                ? string.Join('\n', tokens)[..^1]
                : string.Join('\n', tokens) + "\n";
}
