namespace MlKata.Core.Catalog.Patches;

/// <summary>What one line of a line-by-line comparison is: kept, removed from the old text, or added.</summary>
internal enum LineEdit
{
    Keep,
    Remove,
    Add,
}

/// <summary>
/// The shortest line edit script between two texts (longest common subsequence). Kata files
/// are a few hundred lines, so the quadratic table is a few hundred kilobytes at most.
/// </summary>
internal static class LineDiff
{
    /// <summary>The edits that turn <paramref name="before"/> into <paramref name="after"/>, in order.</summary>
    public static IReadOnlyList<(LineEdit Edit, string Line)> Compute(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        // common[i, j]: length of the longest common subsequence of before[i..] and after[j..].
        var common = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                common[i, j] = string.Equals(before[i], after[j], StringComparison.Ordinal)
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var edits = new List<(LineEdit, string)>(before.Count + after.Count);
        int b = 0, a = 0;
        while (b < before.Count || a < after.Count)
        {
            if (b < before.Count && a < after.Count && string.Equals(before[b], after[a], StringComparison.Ordinal))
            {
                edits.Add((LineEdit.Keep, before[b++]));
                a++;
            }
            else if (a < after.Count && (b == before.Count || common[b, a + 1] >= common[b + 1, a]))
            {
                edits.Add((LineEdit.Add, after[a++]));
            }
            else
            {
                edits.Add((LineEdit.Remove, before[b++]));
            }
        }

        // Removals before additions inside each changed block: the order `diff -u` prints.
        return RemovalsFirst(edits);
    }

    private static List<(LineEdit, string)> RemovalsFirst(List<(LineEdit Edit, string Line)> edits)
    {
        var ordered = new List<(LineEdit, string)>(edits.Count);
        var added = new List<(LineEdit, string)>();
        foreach (var edit in edits)
        {
            switch (edit.Edit)
            {
                case LineEdit.Add:
                    added.Add(edit);
                    break;
                case LineEdit.Remove:
                    ordered.Add(edit);
                    break;
                default:
                    ordered.AddRange(added);
                    added.Clear();
                    ordered.Add(edit);
                    break;
            }
        }

        ordered.AddRange(added);
        return ordered;
    }
}
