using System.Text.Json;
using System.Text.Json.Nodes;
using MlKata.Core.Engine;

namespace MlKata.Core.Reports;

/// <summary>
/// A kata result in the shape of the Exercism test-runner interface v3 (version, status,
/// message, tests[] with name, status, message, output, task_id) plus GitHub Classroom's
/// autograding fields (max_score, and each test's score).
/// </summary>
public static class ResultsJson
{
    /// <summary>The interface version written.</summary>
    public const int Version = 3;

    /// <summary>The result as a JSON object.</summary>
    public static JsonObject ToJson(KataResult result)
    {
        var status = ExercismStatus.Of(result.Status);
        var json = new JsonObject
        {
            ["version"] = Version,
            ["status"] = status,
        };
        if (status == ExercismStatus.Error)
        {
            json["message"] = result.Message; // v3: a message only when the run itself did not complete
        }

        json["max_score"] = result.PointsPossible;
        json["score"] = result.PointsEarned;
        json["tests"] = Tests(result.Tests);
        return json;
    }

    /// <summary>The result as indented JSON text.</summary>
    public static string Write(KataResult result) =>
        ToJson(result).ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>The tests as a v3 tests[] array.</summary>
    public static JsonArray Tests(IEnumerable<TestOutcome> tests) => new(tests.Select(Test).ToArray<JsonNode?>());

    /// <summary>Reads a v3 tests[] entry back (as `mlkata merge` needs).</summary>
    public static TestOutcome ReadTest(JsonNode test) =>
        new((string)test["name"]!, ExercismStatus.VerdictOf((string?)test["status"]), (string?)test["message"], null, (string?)test["output"], (int?)test["task_id"], (int?)test["max_score"]);

    private static JsonObject Test(TestOutcome test)
    {
        var json = new JsonObject
        {
            ["name"] = test.Name,
            ["status"] = ExercismStatus.Of(test.Verdict),
        };
        if (test.Verdict != TestVerdict.Passed)
        {
            json["message"] = test.Message ?? test.Summary;
        }

        if (test.Output is { Length: > 0 } output)
        {
            json["output"] = output;
        }

        if (test.Task is { } task)
        {
            json["task_id"] = task;
        }

        json["score"] = test.PointsEarned;
        json["max_score"] = test.Points ?? 0;
        return json;
    }
}
