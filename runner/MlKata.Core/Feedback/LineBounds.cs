namespace MlKata.Core.Feedback;

/// <summary>
/// Keeps feedback to a few lines of a terminal's width: an array of ten thousand values or an
/// exception's whole text would otherwise push the verdicts a learner needs off the screen.
/// </summary>
public static class LineBounds
{
    /// <summary>The mark of text cut short.</summary>
    public const string Ellipsis = "…";

    /// <summary><paramref name="line"/>, cut to <paramref name="width"/> characters with an ellipsis when longer.</summary>
    public static string Cut(string line, int width)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        return line.Length <= width ? line : line[..(width - 1)].TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// At most <paramref name="maxLines"/> of <paramref name="lines"/>, each cut to
    /// <paramref name="width"/>; when some are left out, the last line says how many.
    /// </summary>
    public static IReadOnlyList<string> Bounded(IReadOnlyList<string> lines, int maxLines, int width)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 2);
        if (lines.Count <= maxLines)
        {
            return lines.Select(l => Cut(l, width)).ToList();
        }

        var kept = maxLines - 1;
        return [.. lines.Take(kept).Select(l => Cut(l, width)), Cut($"{Ellipsis} {lines.Count - kept} more lines", width)];
    }

    /// <summary>
    /// <paramref name="names"/> joined with commas within <paramref name="width"/> characters
    /// (always at least the first, cut if need be), then how many more there are. Cases of one
    /// parameterised test (<c>M(0)</c>, <c>M(-1)</c>) read as one name: <c>M (2 cases)</c>.
    /// </summary>
    public static string Names(IReadOnlyList<string> names, int width)
    {
        ArgumentNullException.ThrowIfNull(names);
        var merged = names
            .GroupBy(MethodOf, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.First() : $"{g.Key} ({g.Count()} cases)")
            .ToList();
        var shown = new List<string>();
        var length = 0;
        foreach (var name in merged)
        {
            var room = width - length - (shown.Count > 0 ? 2 : 0) - MoreSuffix(merged.Count - shown.Count - 1).Length;
            if (shown.Count > 0 && name.Length > room)
            {
                break;
            }

            shown.Add(shown.Count == 0 ? Cut(name, Math.Max(2, room)) : name);
            length += (shown.Count > 1 ? 2 : 0) + shown[^1].Length;
        }

        return string.Join(", ", shown) + MoreSuffix(merged.Count - shown.Count);
    }

    private static string MoreSuffix(int more) => more > 0 ? $", {Ellipsis} and {more} more" : "";

    private static string MethodOf(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') ? name[..open] : name;
    }
}
