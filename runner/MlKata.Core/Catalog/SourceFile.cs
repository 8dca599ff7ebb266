namespace MlKata.Core.Catalog;

/// <summary>
/// A C# source text and the path under which messages name it: relative to the kata
/// (<c>SlidingWindowAverage.cs</c>, <c>tests/SlidingWindowAverageTests.cs</c>), never absolute,
/// so that output reads the same on every machine.
/// </summary>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>Reads <paramref name="fullPath"/> and names it <paramref name="path"/>.</summary>
    public static SourceFile Read(string fullPath, string path) => new(path, File.ReadAllText(fullPath));
}
