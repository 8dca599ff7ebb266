using System.Text;

namespace MlKata.Core.Catalog.Patches;

/// <summary>
/// Writes the unified diff (three lines of context, <c>a/</c> and <c>b/</c> paths, as git
/// prints it) that turns one set of learner files into another: how a mistake that is the
/// reference plus one flaw is stored, so that it cannot drift from the reference unseen.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>
    /// The diff from <paramref name="original"/> to <paramref name="changed"/>, file by file in
    /// <paramref name="original"/>'s order; empty when they are equal.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="changed"/> names a file <paramref name="original"/> lacks.</exception>
    public static string Create(IReadOnlyList<SourceFile> original, IReadOnlyList<SourceFile> changed)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(changed);
        var unknown = changed.Select(f => f.Path).Except(original.Select(f => f.Path), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"{string.Join(", ", unknown)} is not one of the files compared against ({string.Join(", ", original.Select(f => f.Path))})", nameof(changed));
        }

        var diff = new StringBuilder();
        foreach (var before in original)
        {
            var after = changed.FirstOrDefault(f => f.Path == before.Path);
            if (after is null || after.Text == before.Text)
            {
                continue;
            }

            diff.Append($"--- a/{before.Path}\n+++ b/{before.Path}\n");
            foreach (var hunk in Hunks(PatchText.Tokens(before.Text), PatchText.Tokens(after.Text)))
            {
                diff.Append(hunk.Header).Append('\n');
                foreach (var (kind, text) in hunk.Lines)
                {
                    diff.Append(kind).Append(text.TrimEnd(Hunk.NoNewline)).Append('\n');
                    if (text.EndsWith(Hunk.NoNewline))
                    {
                        diff.Append(Hunk.NoNewlineMarker).Append('\n');
                    }
                }
            }
        }

        return diff.ToString();
    }

    private static IEnumerable<Hunk> Hunks(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var edits = LineDiff.Compute(before, after);
        var changes = Enumerable.Range(0, edits.Count).Where(i => edits[i].Edit != LineEdit.Keep).ToList();
        var next = 0;
        while (next < changes.Count)
        {
            // A hunk spans changes whose gaps of kept lines are short enough to share context.
            var last = next;
            while (last + 1 < changes.Count && changes[last + 1] - changes[last] - 1 <= 2 * Context)
            {
                last++;
            }

            var from = Math.Max(0, changes[next] - Context);
            var to = Math.Min(edits.Count - 1, changes[last] + Context);
            yield return HunkOf(edits, from, to);
            next = last + 1;
        }
    }

    private static Hunk HunkOf(IReadOnlyList<(LineEdit Edit, string Line)> edits, int from, int to)
    {
        var oldLine = edits.Take(from).Count(e => e.Edit != LineEdit.Add);
        var newLine = edits.Take(from).Count(e => e.Edit != LineEdit.Remove);
        var lines = edits.Skip(from).Take(to - from + 1)
            .Select(e => (e.Edit switch { LineEdit.Add => '+', LineEdit.Remove => '-', _ => ' ' }, e.Line))
            .ToList();
        var oldCount = lines.Count(l => l.Item1 != '+');
        var newCount = lines.Count(l => l.Item1 != '-');

        // Unified diff numbers lines from 1, and an empty side names the line before it.
        return new Hunk(oldCount == 0 ? oldLine : oldLine + 1, oldCount, newCount == 0 ? newLine : newLine + 1, newCount, lines);
    }
}
