using System.Text.Json.Nodes;

namespace MlKata.Cli.Tests;

/// <summary>The rows of a grade run's results.json, as "Status points/max message" by (learner, kata).</summary>
internal static class GradeRows
{
    public static Dictionary<(string Learner, string Kata), string> Read(string folder) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "results.json")))!["results"]!.AsArray()
            .ToDictionary(
                r => ((string)r!["learner"]!, (string)r["kata"]!),
                r => $"{(string)r!["grade_status"]!} {(int)r["score"]!}/{(int)r["max_score"]!} {(string?)r["message"]}".Trim());
}
