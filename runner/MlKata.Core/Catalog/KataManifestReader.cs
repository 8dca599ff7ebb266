using System.Text.Json;
using System.Text.RegularExpressions;

namespace MlKata.Core.Catalog;

/// <summary>
/// Reads and validates kata.json. Validation is strict (unknown fields are errors) because a
/// typo such as <c>"hint"</c> for <c>"hints"</c> would otherwise pass silently; every problem
/// found is reported at once, each with its field.
/// </summary>
public static partial class KataManifestReader
{
    /// <summary>The manifest's file name inside a kata folder.</summary>
    public const string FileName = "kata.json";

    private const int MaximumTimeLimitSeconds = 600;
    private const int DefaultTimeLimitSeconds = 20;
    internal const int MaximumTask = 100;

    private static readonly HashSet<string> KnownFields =
        ["id", "title", "level", "track", "topics", "files", "points", "timeLimitSeconds", "gpu", "tempFiles", "hints", "mistakes", "gradedRules"];

    private static readonly HashSet<string> KnownMistakeFields = ["description", "rules"];

    private static readonly HashSet<string> KnownGradedRuleFields = ["task", "points"];

    /// <summary>Parses <paramref name="json"/>; <paramref name="displayPath"/> names the file in messages.</summary>
    /// <param name="json">The text of kata.json.</param>
    /// <param name="displayPath">The file as messages name it.</param>
    /// <param name="learnerCopy">
    /// Whether this is a learner's copy, whose hints are never shown (the catalog's are): one
    /// scaffolded while hints were a flat list still holds one, which reads as task 1's hints
    /// rather than failing every check and grade of that learner.
    /// </param>
    /// <exception cref="KataFormatException">The JSON is malformed or a field is missing or invalid.</exception>
    public static KataManifest Parse(string json, string displayPath, bool learnerCopy = false)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "unknown position";
            throw new KataFormatException(displayPath, [new(KataFormatProblem.WholeFile, $"not valid JSON at {where}")]);
        }

        using (document)
        {
            var problems = new List<KataFormatProblem>();
            var manifest = Read(document.RootElement, problems, learnerCopy);
            if (problems.Count > 0 || manifest is null)
            {
                throw new KataFormatException(displayPath, problems);
            }

            return manifest;
        }
    }

    private static KataManifest? Read(JsonElement root, List<KataFormatProblem> problems, bool learnerCopy)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(KataFormatProblem.WholeFile, $"must be a JSON object, was {Kind(root)}"));
            return null;
        }

        foreach (var property in root.EnumerateObject().Where(p => !KnownFields.Contains(p.Name)))
        {
            problems.Add(new(property.Name, $"unknown field (known: {string.Join(", ", KnownFields)})"));
        }

        var fields = new FieldReader(root, "", problems);
        var id = fields.RequiredString("id");
        if (id is not null && !KebabCase().IsMatch(id))
        {
            problems.Add(new("id", $"must be kebab-case (lowercase letters, digits and dashes), was '{id}'"));
        }

        var title = fields.RequiredString("title");
        var level = fields.RequiredEnum<KataLevel>("level");
        var track = fields.RequiredString("track");
        if (track is not null && !KataTracks.All.Contains(track))
        {
            problems.Add(new("track", $"must be one of {string.Join(", ", KataTracks.All)}, was '{track}'"));
        }

        var topics = fields.StringList("topics", required: false) ?? [];
        var files = fields.StringList("files", required: true);
        if (files is { Count: 0 })
        {
            problems.Add(new("files", "must name at least one learner file under src/"));
        }

        foreach (var file in files ?? [])
        {
            if (!file.EndsWith(".cs", StringComparison.Ordinal) || file.Contains('/') || file.Contains('\\'))
            {
                problems.Add(new("files", $"'{file}' must be a .cs file name directly under src/"));
            }
        }

        var points = fields.Integer("points", required: true, minimum: 1, maximum: 1000);
        var timeLimit = fields.Integer("timeLimitSeconds", required: false, minimum: 1, maximum: MaximumTimeLimitSeconds) ?? DefaultTimeLimitSeconds;
        var gpu = fields.Boolean("gpu") ?? false;
        var tempFiles = fields.Boolean("tempFiles") ?? false;
        var hints = KataHintsReader.Read(root, problems, learnerCopy);
        var mistakes = ReadMistakes(root, problems);
        var gradedRules = ReadGradedRules(root, problems);

        if (problems.Count > 0)
        {
            return null;
        }

        return new KataManifest(id!, title!, level!.Value, track!, topics, files!, points!.Value, TimeSpan.FromSeconds(timeLimit), gpu, hints!, mistakes, gradedRules)
        {
            TempFiles = tempFiles,
        };
    }

    private static Dictionary<string, MistakeManifest> ReadMistakes(JsonElement root, List<KataFormatProblem> problems)
    {
        var mistakes = new Dictionary<string, MistakeManifest>(StringComparer.Ordinal);
        if (!root.TryGetProperty("mistakes", out var element))
        {
            problems.Add(new("mistakes", "is required: describe every file in mistakes/"));
            return mistakes;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("mistakes", $"must be an object mapping each mistakes/ file name (without .cs) to its description, was {Kind(element)}"));
            return mistakes;
        }

        foreach (var mistake in element.EnumerateObject())
        {
            var path = $"mistakes.{mistake.Name}";
            if (!KebabCase().IsMatch(mistake.Name))
            {
                problems.Add(new(path, "a mistake's name must be kebab-case, like its file"));
            }

            if (mistake.Value.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(path, $"must be an object with description and rules, was {Kind(mistake.Value)}"));
                continue;
            }

            foreach (var property in mistake.Value.EnumerateObject().Where(p => !KnownMistakeFields.Contains(p.Name)))
            {
                problems.Add(new($"{path}.{property.Name}", $"unknown field (known: {string.Join(", ", KnownMistakeFields)})"));
            }

            var fields = new FieldReader(mistake.Value, path + ".", problems);
            var description = fields.RequiredString("description");
            var rules = fields.StringList("rules", required: false) ?? [];
            CheckRuleIds(rules, $"{path}.rules", problems);
            if (description is not null)
            {
                mistakes[mistake.Name] = new MistakeManifest(description, rules);
            }
        }

        return mistakes;
    }

    private static Dictionary<string, GradedRule> ReadGradedRules(JsonElement root, List<KataFormatProblem> problems)
    {
        var graded = new Dictionary<string, GradedRule>(StringComparer.Ordinal);
        if (!root.TryGetProperty("gradedRules", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return graded;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("gradedRules", $"must be an object mapping each graded rule id to its task and points, was {Kind(element)}"));
            return graded;
        }

        foreach (var rule in element.EnumerateObject())
        {
            var path = $"gradedRules.{rule.Name}";
            CheckRuleIds([rule.Name], "gradedRules", problems);
            if (rule.Value.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(path, $"must be an object with task and points, was {Kind(rule.Value)}"));
                continue;
            }

            foreach (var property in rule.Value.EnumerateObject().Where(p => !KnownGradedRuleFields.Contains(p.Name)))
            {
                problems.Add(new($"{path}.{property.Name}", $"unknown field (known: {string.Join(", ", KnownGradedRuleFields)})"));
            }

            var fields = new FieldReader(rule.Value, path + ".", problems);
            var task = fields.Integer("task", required: true, minimum: 1, maximum: MaximumTask);
            var points = fields.Integer("points", required: true, minimum: 1, maximum: 1000);
            if (task is not null && points is not null)
            {
                graded[rule.Name] = new GradedRule(task.Value, points.Value);
            }
        }

        return graded;
    }

    private static void CheckRuleIds(IReadOnlyList<string> rules, string field, List<KataFormatProblem> problems)
    {
        foreach (var rule in rules.Where(r => !RuleId().IsMatch(r)))
        {
            problems.Add(new(field, $"'{rule}' is not a rule id (MLK followed by three digits)"));
        }
    }

    internal static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString(),
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex("^MLK[0-9]{3}$")]
    private static partial Regex RuleId();
}
