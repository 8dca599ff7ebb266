using System.Globalization;
using System.Text.RegularExpressions;

namespace MlKata.Core.Catalog.Patches;

/// <summary>
/// A unified diff against a kata's learner files, applied strictly and in memory: each hunk's
/// context and removed lines must match the text exactly, at the line the hunk names or at
/// an offset from it (as after an edit above it elsewhere in the file), never approximately.
/// A patch that no longer applies is an author's error that names the hunk.
/// </summary>
public sealed partial class UnifiedPatch
{
    private readonly IReadOnlyList<(string Path, IReadOnlyList<Hunk> Hunks)> _files;

    private UnifiedPatch(string name, IReadOnlyList<(string Path, IReadOnlyList<Hunk> Hunks)> files)
    {
        Name = name;
        _files = files;
    }

    /// <summary>How messages name the patch (e.g. <c>mistakes/list-remove-at-zero.patch</c>).</summary>
    public string Name { get; }

    /// <summary>The files the patch changes, as its headers name them.</summary>
    public IEnumerable<string> Paths => _files.Select(f => f.Path);

    /// <summary>Reads a unified diff, as <c>git diff</c> or <see cref="UnifiedDiff.Create"/> writes it.</summary>
    /// <exception cref="PatchException">The text is not a unified diff.</exception>
    public static UnifiedPatch Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = PatchText.Tokens(text).Select(l => l.TrimEnd(Hunk.NoNewline)).ToList();
        var files = new List<(string, IReadOnlyList<Hunk>)>();
        var index = 0;
        while (index < lines.Count)
        {
            if (!lines[index].StartsWith("--- ", StringComparison.Ordinal))
            {
                index++; // "diff --git", "index …" and other preamble lines carry nothing we need
                continue;
            }

            if (index + 1 >= lines.Count || !lines[index + 1].StartsWith("+++ ", StringComparison.Ordinal))
            {
                throw new PatchException(name, $"line {index + 1}: a '--- ' header must be followed by a '+++ ' header");
            }

            var path = HeaderPath(lines[index + 1]);
            index += 2;
            var hunks = new List<Hunk>();
            while (index < lines.Count && lines[index].StartsWith("@@", StringComparison.Ordinal))
            {
                hunks.Add(ReadHunk(lines, ref index, name, path));
            }

            if (hunks.Count == 0)
            {
                throw new PatchException(name, $"the diff of {path} has no hunk");
            }

            files.Add((path, hunks));
        }

        if (files.Count == 0)
        {
            throw new PatchException(name, "not a unified diff (no '--- a/<file>' and '+++ b/<file>' headers)");
        }

        return new UnifiedPatch(name, files);
    }

    /// <summary>The files of <paramref name="original"/> with the patch applied; files it does not name are returned as they are.</summary>
    /// <exception cref="PatchException">A file it names is not in <paramref name="original"/>, or a hunk does not apply.</exception>
    public IReadOnlyList<SourceFile> Apply(IReadOnlyList<SourceFile> original)
    {
        ArgumentNullException.ThrowIfNull(original);
        foreach (var path in Paths.Where(p => original.All(f => f.Path != p)))
        {
            throw new PatchException(Name, $"it changes {path}, which is not a learner file ({string.Join(", ", original.Select(f => f.Path))})");
        }

        return original
            .Select(file => _files.FirstOrDefault(f => f.Path == file.Path) is { Hunks: { } hunks }
                ? file with { Text = PatchText.Join(ApplyHunks(file, hunks)) }
                : file)
            .ToList();
    }

    private List<string> ApplyHunks(SourceFile file, IReadOnlyList<Hunk> hunks)
    {
        var text = PatchText.Tokens(file.Text);
        var offset = 0; // how far the previous hunk's lines sat from where it said
        var earliest = 0; // hunks apply in order and never overlap
        for (var number = 1; number <= hunks.Count; number++)
        {
            var hunk = hunks[number - 1];
            var before = hunk.Before;
            var expected = hunk.ExpectedIndex + offset;
            var at = FindNearest(text, before, expected, earliest)
                ?? throw new PatchException(Name, $"hunk {number} of {file.Path} ({hunk.Header}) does not apply: {Mismatch(text, before, expected)}");
            text.RemoveRange(at, before.Count);
            text.InsertRange(at, hunk.After);
            offset = at - hunk.ExpectedIndex;
            earliest = at + hunk.After.Count;
        }

        return text;
    }

    private static int? FindNearest(List<string> text, IReadOnlyList<string> block, int expected, int earliest)
    {
        var last = text.Count - block.Count;
        for (var distance = 0; expected - distance >= earliest || expected + distance <= last; distance++)
        {
            foreach (var at in distance == 0 ? [expected] : new[] { expected - distance, expected + distance })
            {
                if (at >= earliest && at <= last && Matches(text, block, at))
                {
                    return at;
                }
            }
        }

        return null;
    }

    private static bool Matches(List<string> text, IReadOnlyList<string> block, int at)
    {
        for (var i = 0; i < block.Count; i++)
        {
            if (!string.Equals(text[at + i], block[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string Mismatch(List<string> text, IReadOnlyList<string> block, int expected)
    {
        for (var i = 0; i < block.Count; i++)
        {
            var at = expected + i;
            if (at >= text.Count)
            {
                return $"the file ends at line {text.Count}, before the hunk's line '{Shown(block[i])}";
            }

            if (at >= 0 && !string.Equals(text[at], block[i], StringComparison.Ordinal))
            {
                return $"line {at + 1} reads '{Shown(text[at])} where the hunk expects '{Shown(block[i])}, and its lines are found nowhere else in the file";
            }
        }

        return "its lines overlap the hunk before it";
    }

    private static string Shown(string line) =>
        line.EndsWith(Hunk.NoNewline) ? $"{line.TrimEnd(Hunk.NoNewline).Trim()}' (the file's last line, with no newline after it)" : $"{line.Trim()}'";

    private static Hunk ReadHunk(List<string> lines, ref int index, string name, string path)
    {
        var header = HunkHeader().Match(lines[index]);
        if (!header.Success)
        {
            throw new PatchException(name, $"line {index + 1}: '{lines[index]}' is not a hunk header (@@ -start,count +start,count @@)");
        }

        var oldCount = Count(header.Groups["oldCount"]);
        var newCount = Count(header.Groups["newCount"]);
        var body = new List<(char, string)>();
        var headerLine = index + 1;
        index++;
        while (body.Count(l => l.Item1 != '+') < oldCount || body.Count(l => l.Item1 != '-') < newCount)
        {
            if (index >= lines.Count)
            {
                throw new PatchException(name, $"the hunk at line {headerLine} of {path} ends early: its header promises {oldCount} old and {newCount} new lines");
            }

            var line = lines[index++];
            var kind = line.Length == 0 ? ' ' : line[0]; // some editors strip the space of an empty context line
            if (kind is not (' ' or '-' or '+'))
            {
                throw new PatchException(name, $"line {index} of the hunk at line {headerLine} of {path} starts with '{kind}', not ' ', '-' or '+'");
            }

            body.Add((kind, line.Length == 0 ? "" : line[1..]));
            if (index < lines.Count && lines[index].StartsWith('\\'))
            {
                body[^1] = (kind, body[^1].Item2 + Hunk.NoNewline);
                index++;
            }
        }

        return new Hunk(int.Parse(header.Groups["oldStart"].Value, CultureInfo.InvariantCulture), oldCount,
            int.Parse(header.Groups["newStart"].Value, CultureInfo.InvariantCulture), newCount, body);
    }

    private static int Count(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 1;

    private static string HeaderPath(string header)
    {
        var path = header[4..].Split('\t')[0].Trim();
        return path.StartsWith("b/", StringComparison.Ordinal) ? path[2..] : path;
    }

    [GeneratedRegex(@"^@@ -(?<oldStart>\d+)(?:,(?<oldCount>\d+))? \+(?<newStart>\d+)(?:,(?<newCount>\d+))? @@")]
    private static partial Regex HunkHeader();
}
