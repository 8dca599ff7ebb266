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
    /// <paramref name="names"/> joined with commas and wrapped at <paramref name="width"/>, on at
    /// most <paramref name="maxLines"/> lines, the last saying how many more there are. Cases of
    /// one parameterised test (<c>M(0)</c>, <c>M(-1)</c>) read as one name: <c>M (2 cases)</c>.
    /// </summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<string> names, int width, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var merged = names
            .GroupBy(MethodOf, StringComparer.Ordinal)
            .Select(g => Cut(g.Count() == 1 ? g.First() : $"{g.Key} ({g.Count()} cases)", width))
            .ToList();
        var lines = new List<List<string>> { new() };
        foreach (var name in merged)
        {
            var line = lines[^1];
            if (line.Count == 0 || Joined(line).Length + 2 + name.Length <= width)
            {
                line.Add(name);
                continue;
            }

            if (lines.Count == maxLines)
            {
                break;
            }

            lines.Add([name]);
        }

        var more = merged.Count - lines.Sum(l => l.Count);
        var last = lines[^1];
        while (more > 0 && last.Count > 1 && Joined(last).Length + MoreSuffix(more).Length > width)
        {
            last.RemoveAt(last.Count - 1);
            more++;
        }

        return lines.Select((line, i) => Joined(line) + (i < lines.Count - 1 ? "," : MoreSuffix(more))).ToList();
    }

    private static string Joined(List<string> names) => string.Join(", ", names);

    private static string MoreSuffix(int more) => more > 0 ? $", {Ellipsis} and {more} more" : "";

    private static string MethodOf(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') ? name[..open] : name;
    }
}
