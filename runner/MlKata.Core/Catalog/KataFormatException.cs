namespace MlKata.Core.Catalog;

/// <summary>
/// A kata folder or its kata.json is wrong. The message names the file and every field at
/// fault, so an author can fix all of them in one go.
/// </summary>
public sealed class KataFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> with one or more problems.</summary>
    public KataFormatException(string file, IReadOnlyList<KataFormatProblem> problems)
        : base(Describe(file, problems))
    {
        File = file;
        Problems = problems;
    }

    /// <summary>The file at fault (kata.json, or the kata folder itself).</summary>
    public string File { get; }

    /// <summary>Every problem found, each naming its field.</summary>
    public IReadOnlyList<KataFormatProblem> Problems { get; }

    private static string Describe(string file, IReadOnlyList<KataFormatProblem> problems) =>
        problems.Count == 1
            ? $"{file}: {problems[0]}"
            : $"{file}: {problems.Count} problems:{Environment.NewLine}" +
              string.Join(Environment.NewLine, problems.Select(p => $"  - {p}"));
}

/// <summary>
/// One thing wrong in a kata.json: the field (a JSON path such as <c>mistakes.x.rules</c>, or
/// <see cref="WholeFile"/> for the document or folder as a whole) and what is wrong.
/// </summary>
public sealed record KataFormatProblem(string Field, string Message)
{
    /// <summary>The field name of a problem with the whole file or folder rather than one field.</summary>
    public const string WholeFile = "";

    /// <inheritdoc />
    public override string ToString() => Field == WholeFile ? Message : $"field '{Field}': {Message}";
}
