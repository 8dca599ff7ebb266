using System.Text.Json;
using System.Text.RegularExpressions;

namespace MlKata.Core.Mutation;

/// <summary>
/// Reads the JSON report Stryker writes (the mutation-testing-elements schema): every file's
/// source and mutants, each with a 1-based start and end-exclusive location, a mutator name,
/// a replacement and a status.
/// </summary>
public static partial class MutationReportParser
{
    // Long enough for an expression, short enough that a removed block stays on one line.
    private const int ShownLength = 80;

    /// <summary>The mutants of the report <paramref name="json"/>.</summary>
    /// <exception cref="FormatException">It is not a mutation-testing-elements report.</exception>
    public static MutationReport Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The mutation report has no \"files\" object.");
            }

            var mutants = new List<Mutant>();
            foreach (var file in files.EnumerateObject())
            {
                var lines = file.Value.GetProperty("source").GetString()!.Split('\n');
                var name = Path.GetFileName(file.Name.Replace('\\', '/'));
                mutants.AddRange(file.Value.GetProperty("mutants").EnumerateArray().Select(mutant => Read(name, lines, mutant)));
            }

            return new MutationReport(mutants);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"The mutation report is not in the shape Stryker writes: {e.Message}", e);
        }
    }

    private static Mutant Read(string file, string[] lines, JsonElement mutant)
    {
        var location = mutant.GetProperty("location");
        var (startLine, startColumn) = Position(location.GetProperty("start"));
        var (endLine, endColumn) = Position(location.GetProperty("end"));
        var status = Enum.Parse<MutantStatus>(mutant.GetProperty("status").GetString()!);
        return new Mutant(
            file,
            startLine,
            mutant.GetProperty("mutatorName").GetString()!,
            Shown(Slice(lines, startLine, startColumn, endLine, endColumn)),
            Shown(mutant.TryGetProperty("replacement", out var replacement) ? replacement.GetString() ?? "" : ""),
            status);
    }

    private static (int Line, int Column) Position(JsonElement position) =>
        (position.GetProperty("line").GetInt32(), position.GetProperty("column").GetInt32());

    // Lines and columns are 1-based; the end column is exclusive.
    private static string Slice(string[] lines, int startLine, int startColumn, int endLine, int endColumn)
    {
        if (startLine == endLine)
        {
            var line = lines[startLine - 1];
            return line[Math.Min(startColumn - 1, line.Length)..Math.Min(endColumn - 1, line.Length)];
        }

        var first = lines[startLine - 1];
        var last = lines[endLine - 1];
        return string.Join('\n', [
            first[Math.Min(startColumn - 1, first.Length)..],
            .. lines[startLine..(endLine - 1)],
            last[..Math.Min(endColumn - 1, last.Length)],
        ]);
    }

    // A mutant names code on one line of output: whitespace runs become one space, long text is cut.
    private static string Shown(string code)
    {
        var flat = Whitespace().Replace(code, " ").Trim();
        return flat.Length <= ShownLength ? flat : $"{flat[..(ShownLength - 1)]}…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
