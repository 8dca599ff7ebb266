using System.Text.Json;
using System.Text.Json.Nodes;
using MlKata.Core.Grading;

namespace MlKata.Core.Reports;

/// <summary>
/// A grading run's results.json: per learner and kata, the Exercism test-runner v3 fields
/// (status, message, tests[] with name, status, message, output, task_id) and GitHub
/// Classroom's max_score and per-test score, plus the learner, the kata and the grader's own
/// status. Readable back, so `mlkata merge` can join the shards of a run.
/// </summary>
public static class GradeResultsJson
{
    /// <summary>The file name in a report folder.</summary>
    public const string FileName = "results.json";

    /// <summary>The rows as results.json text.</summary>
    public static string Write(IReadOnlyList<GradeRow> rows)
    {
        var json = new JsonObject
        {
            ["version"] = ResultsJson.Version,
            ["status"] = rows.All(r => r.Status == GradeStatus.Passed) ? ExercismStatus.Pass
                : rows.Any(r => r.Status == GradeStatus.InfrastructureError) ? ExercismStatus.Error
                : ExercismStatus.Fail,
            ["max_score"] = rows.Sum(r => r.MaxPoints),
            ["score"] = rows.Sum(r => r.Points),
            ["results"] = new JsonArray(rows.Select(Row).ToArray<JsonNode?>()),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Reads the rows of a results.json written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not such a results.json.</exception>
    public static IReadOnlyList<GradeRow> Read(string path)
    {
        try
        {
            var results = JsonNode.Parse(File.ReadAllText(path))?["results"]?.AsArray()
                          ?? throw new InvalidDataException($"{path} has no results array: is it an mlkata grade results.json?");
            return results.Select(r => new GradeRow(
                    (string)r!["learner"]!,
                    (string)r["kata"]!,
                    Enum.Parse<GradeStatus>((string)r["grade_status"]!),
                    (int)r["score"]!,
                    (int)r["max_score"]!,
                    (string?)r["message"] ?? "",
                    r["tests"]!.AsArray().Select(t => ResultsJson.ReadTest(t!)).ToList(),
                    (double?)r["seconds"] ?? 0)
                {
                    Seed = (int?)r["seed"],
                    Sandbox = (string?)r["sandbox"],
                })
                .ToList();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or NullReferenceException)
        {
            throw new InvalidDataException($"{path} is not an mlkata grade results.json: {e.Message}", e);
        }
    }

    private static JsonObject Row(GradeRow row) => new()
    {
        ["learner"] = row.Learner,
        ["kata"] = row.KataId,
        ["version"] = ResultsJson.Version,
        ["status"] = ExercismStatus.Of(row.Status),
        ["grade_status"] = row.Status.ToString(),
        ["message"] = row.Message,
        ["max_score"] = row.MaxPoints,
        ["score"] = row.Points,
        ["seconds"] = Math.Round(row.Seconds, 3),
        ["seed"] = row.Seed,
        ["sandbox"] = row.Sandbox,
        ["tests"] = ResultsJson.Tests(row.Tests),
    };
}
