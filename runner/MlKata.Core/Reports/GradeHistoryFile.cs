using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlKata.Core.Catalog;
using MlKata.Core.Grading;

namespace MlKata.Core.Reports;

/// <summary>
/// A group's grading history: a JSON Lines file that each graded run (`mlkata grade` or
/// `mlkata merge` with --history) appends one object to:
/// <c>{"time":"2026-11-27T02:21:00Z","seed":20261126,"learners":[{"learner":"alice","points":37,"max_points":43,"katas_passed":1}]}</c>.
/// The file is kept by a group's workflow between runs, so it is read as untrusted input:
/// every line is checked, and a bad one is named by file and line.
/// </summary>
public static class GradeHistoryFile
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    // Written with whole seconds; a hand-made line may carry fractions.
    private static readonly string[] TimeFormats = [TimeFormat, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    /// <summary>The runs in <paramref name="path"/>, oldest first as appended; none when the file does not exist yet.</summary>
    /// <exception cref="InvalidDataException">A line is not a graded run; the message names the file, the line and each field at fault.</exception>
    public static IReadOnlyList<GradedRun> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var runs = new List<GradedRun>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue; // an editor's trailing blank line is no run, and no fault either
            }

            var problems = new List<KataFormatProblem>();
            var run = Parse(line, problems);
            if (run is null || problems.Count > 0)
            {
                throw new InvalidDataException($"{path} line {number} is not a graded run of an mlkata history: {string.Join("; ", problems)}");
            }

            runs.Add(run);
        }

        return runs;
    }

    /// <summary>Appends <paramref name="run"/> as one line, creating the file (and its folder) on the first run.</summary>
    public static void Append(string path, GradedRun run)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // A hand-edited file may lack its final newline; the new run must still start a line.
        var separator = File.Exists(path) && new FileInfo(path).Length > 0 && !EndsWithNewline(path) ? "\n" : "";
        File.AppendAllText(path, separator + Line(run) + "\n");
    }

    /// <summary>The run as one JSON Lines line (without its newline).</summary>
    public static string Line(GradedRun run) => new JsonObject
    {
        ["time"] = run.Time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
        ["seed"] = run.Seed,
        ["learners"] = new JsonArray(run.Learners.Select(l => new JsonObject
        {
            ["learner"] = l.Learner,
            ["points"] = l.Points,
            ["max_points"] = l.MaxPoints,
            ["katas_passed"] = l.KatasPassed,
        }).ToArray<JsonNode?>()),
    }.ToJsonString();

    private static GradedRun? Parse(string line, List<KataFormatProblem> problems)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            problems.Add(new(KataFormatProblem.WholeFile, $"not JSON ({e.Message})"));
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(KataFormatProblem.WholeFile, $"must be a JSON object, was {KataManifestReader.Kind(root)}"));
            return null;
        }

        var fields = new FieldReader(root, "", problems);
        var time = Time(fields.RequiredString("time"), problems);
        var seed = fields.Integer("seed", required: false, int.MinValue, int.MaxValue);
        var learners = Learners(root, problems);
        return time is { } when && learners is not null ? new GradedRun(when, seed, learners) : null;
    }

    private static DateTimeOffset? Time(string? text, List<KataFormatProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        problems.Add(new("time", $"must be a UTC time such as 2026-11-27T02:21:00Z, was '{text}'"));
        return null;
    }

    private static List<LearnerStanding>? Learners(JsonElement root, List<KataFormatProblem> problems)
    {
        if (!root.TryGetProperty("learners", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new("learners", array.ValueKind == JsonValueKind.Undefined ? "is required" : $"must be an array of learners, was {KataManifestReader.Kind(array)}"));
            return null;
        }

        var learners = new List<LearnerStanding>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"learners[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(path, $"must be an object, was {KataManifestReader.Kind(element)}"));
                continue;
            }

            var fields = new FieldReader(element, path + ".", problems);
            var name = fields.RequiredString("learner");
            var points = fields.Integer("points", required: true, 0, int.MaxValue);
            var maxPoints = fields.Integer("max_points", required: true, 0, int.MaxValue);
            var katasPassed = fields.Integer("katas_passed", required: true, 0, int.MaxValue);
            if (points > maxPoints)
            {
                problems.Add(new(path + ".points", $"must be at most max_points ({maxPoints}), was {points}"));
            }
            else if (learners.Any(l => l.Learner == name))
            {
                problems.Add(new(path + ".learner", $"'{name}' is listed twice"));
            }
            else if (name is not null && points is { } earned && maxPoints is { } possible && katasPassed is { } passed)
            {
                learners.Add(new LearnerStanding(name, earned, possible, passed));
            }
        }

        return learners;
    }

    private static bool EndsWithNewline(string path)
    {
        using var file = File.OpenRead(path);
        file.Seek(-1, SeekOrigin.End);
        return file.ReadByte() == '\n';
    }
}
