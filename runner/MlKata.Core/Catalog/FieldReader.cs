using System.Text.Json;

namespace MlKata.Core.Catalog;

/// <summary>
/// Reads typed fields from one JSON object, recording a problem (with the field's path)
/// instead of throwing, so that a manifest's problems are all reported together.
/// </summary>
internal sealed class FieldReader(JsonElement owner, string pathPrefix, List<KataFormatProblem> problems)
{
    public string? RequiredString(string name)
    {
        if (!TryGet(name, required: true, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetString()))
        {
            Problem(name, $"must be a non-empty string, was {Describe(element)}");
            return null;
        }

        return element.GetString();
    }

    public TEnum? RequiredEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var text = RequiredString(name);
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _))
        {
            return value;
        }

        var allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        Problem(name, $"must be one of {allowed}, was '{text}'");
        return null;
    }

    public IReadOnlyList<string>? StringList(string name, bool required)
    {
        if (!TryGet(name, required, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            Problem(name, $"must be an array of strings, was {Describe(element)}");
            return null;
        }

        var values = new List<string>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                Problem($"{name}[{index}]", $"must be a non-empty string, was {Describe(item)}");
            }
            else
            {
                values.Add(item.GetString()!);
            }

            index++;
        }

        return values;
    }

    public int? Integer(string name, bool required, int minimum, int maximum)
    {
        if (!TryGet(name, required, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value))
        {
            Problem(name, $"must be a whole number, was {Describe(element)}");
            return null;
        }

        if (value < minimum || value > maximum)
        {
            Problem(name, $"must be between {minimum} and {maximum}, was {value}");
            return null;
        }

        return value;
    }

    public bool? Boolean(string name)
    {
        if (!TryGet(name, required: false, out var element))
        {
            return null;
        }

        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problem(name, $"must be true or false, was {Describe(element)}");
            return null;
        }

        return element.GetBoolean();
    }

    private bool TryGet(string name, bool required, out JsonElement element)
    {
        if (owner.TryGetProperty(name, out element) && element.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Problem(name, "is required");
        }

        return false;
    }

    private void Problem(string name, string message) => problems.Add(new KataFormatProblem(pathPrefix + name, message));

    private static string Describe(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? $"'{element.GetString()}'" : KataManifestReader.Kind(element);
}
