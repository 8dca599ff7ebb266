using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MlKata.Core.Catalog;

/// <summary>
/// Reads kata.json's <c>hints</c>: an object from task number to that task's hints, such as
/// <c>{ "1": ["…", "…"], "3": ["…"] }</c>, as strictly as the rest of the manifest: a key that is
/// not a task number, a task given twice, an empty list or an empty hint is a problem with its
/// path. That each task has tests is known only once they are compiled, so the verifier checks it.
/// </summary>
internal static partial class KataHintsReader
{
    private const string Field = "hints";
    private const string Example = "{ \"1\": [\"a hint for task 1\"] }";

    /// <summary>The hints of <paramref name="root"/>, or null after recording why they are not valid.</summary>
    /// <param name="root">kata.json's object.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="learnerCopy">Whether a flat list (the earlier form) is read as task 1's hints; see <see cref="KataManifestReader.Parse"/>.</param>
    public static KataHints? Read(JsonElement root, List<KataFormatProblem> problems, bool learnerCopy)
    {
        if (!root.TryGetProperty(Field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            problems.Add(new(Field, $"is required: each task's hints, such as {Example}"));
            return null;
        }

        if (learnerCopy && element.ValueKind == JsonValueKind.Array)
        {
            var flat = new FieldReader(root, "", problems).StringList(Field, required: true);
            return flat is null ? null : new KataHints([new(1, flat)]);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(Field, $"must be an object from task number to that task's hints, such as {Example}, was {KataManifestReader.Kind(element)}"));
            return null;
        }

        var before = problems.Count;
        var byTask = new Dictionary<int, IReadOnlyList<string>>();
        var fields = new FieldReader(element, $"{Field}.", problems);
        foreach (var task in element.EnumerateObject())
        {
            var path = $"{Field}.{task.Name}";
            var number = TaskNumber().IsMatch(task.Name) ? int.Parse(task.Name, CultureInfo.InvariantCulture) : 0;
            if (number is < 1 or > KataManifestReader.MaximumTask)
            {
                problems.Add(new(path, $"'{task.Name}' is not a task number (1 to {KataManifestReader.MaximumTask})"));
                continue;
            }

            if (byTask.ContainsKey(number))
            {
                problems.Add(new(path, "is given twice: keep one list per task"));
                continue;
            }

            var hints = fields.StringList(task.Name, required: true);
            if (hints is { Count: 0 })
            {
                problems.Add(new(path, "must hold at least one hint (leave out a task that has none)"));
            }

            byTask[number] = hints ?? [];
        }

        if (problems.Count == before && byTask.Count == 0)
        {
            problems.Add(new(Field, $"must hold at least one task's hints, such as {Example}"));
        }

        return problems.Count == before ? new KataHints(byTask) : null;
    }

    [GeneratedRegex("^[1-9][0-9]{0,2}$")]
    private static partial Regex TaskNumber();
}
