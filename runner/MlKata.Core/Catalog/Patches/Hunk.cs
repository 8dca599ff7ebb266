namespace MlKata.Core.Catalog.Patches;

/// <summary>
/// One hunk of a unified diff. Each line is its kind (' ' context, '-' removed, '+' added)
/// and its text; a last line without a newline carries <see cref="NoNewline"/> at its end,
/// so that "x" and "x\n" stay different lines, as they are to <c>diff</c>.
/// </summary>
internal sealed record Hunk(int OldStart, int OldCount, int NewStart, int NewCount, IReadOnlyList<(char Kind, string Text)> Lines)
{
    public const char NoNewline = '\0';

    public const string NoNewlineMarker = @"\ No newline at end of file";

    public string Header => $"@@ -{Range(OldStart, OldCount)} +{Range(NewStart, NewCount)} @@";

    public IReadOnlyList<string> Before => Lines.Where(l => l.Kind != '+').Select(l => l.Text).ToList();

    public IReadOnlyList<string> After => Lines.Where(l => l.Kind != '-').Select(l => l.Text).ToList();

    // Where the hunk's lines start in a text whose earlier hunks are already applied: the new
    // numbering says it (an empty new side names the line before the gap).
    public int ExpectedIndex => NewCount == 0 ? NewStart : Math.Max(0, NewStart - 1);

    private static string Range(int start, int count) => count == 1 ? $"{start}" : $"{start},{count}";
}
