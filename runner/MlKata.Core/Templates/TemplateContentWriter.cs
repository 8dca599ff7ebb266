using System.Text.Json;
using System.Text.Json.Nodes;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;

namespace MlKata.Core.Templates;

/// <summary>
/// Writes the content of the <c>mlkata</c> template from the katas folder: the template's
/// manifest (a <c>--kata</c> choice per kata), the files every scaffold shares, and each
/// kata's <see cref="LearnerView"/>: never solution/ or mistakes/. Run at pack time, so nothing
/// derived from katas/ is kept by hand.
/// </summary>
public static class TemplateContentWriter
{
    /// <summary>The starter kata, scaffolded when no --kata is given.</summary>
    public const string DefaultKata = "sliding-window-average";

    /// <summary>The template's short name: <c>dotnet new mlkata</c>.</summary>
    public const string ShortName = "mlkata";

    /// <summary>The placeholder the template engine replaces with the project name.</summary>
    public const string SourceName = "MlKataProject";

    /// <summary>The placeholder the template engine replaces with --feed.</summary>
    public const string FeedPlaceholder = "MLKATA_FEED_FOLDER";

    /// <summary>Packages a scaffold references, besides MlKata's own.</summary>
    public static IReadOnlyList<string> TestPackages { get; } = ["Microsoft.NET.Test.Sdk", "NUnit", "NUnit3TestAdapter"];

    /// <summary>Writes the template content for <paramref name="katas"/> into <paramref name="output"/>.</summary>
    /// <param name="katas">The catalog.</param>
    /// <param name="output">An empty or missing folder.</param>
    /// <param name="mlkataVersion">The version of MlKata.Testing and MlKata.Analyzers the scaffold references.</param>
    /// <param name="packageVersions">Versions of <see cref="TestPackages"/> (from Directory.Packages.props).</param>
    public static void Write(IReadOnlyList<Kata> katas, string output, string mlkataVersion, IReadOnlyDictionary<string, string> packageVersions)
    {
        ArgumentOutOfRangeException.ThrowIfZero(katas.Count);
        var missing = TestPackages.Where(p => !packageVersions.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No version given for {string.Join(", ", missing)}.", nameof(packageVersions));
        }

        var indented = new JsonSerializerOptions { WriteIndented = true };
        WriteFile(output, ".template.config/template.json", Manifest(katas).ToJsonString(indented));
        WriteFile(output, ".template.config/dotnetcli.host.json", TemplateRestore.CliHost().ToJsonString(indented));
        WriteFile(output, $"common/{SourceName}.csproj", ScaffoldFiles.Project(mlkataVersion, packageVersions));
        WriteFile(output, "common/Directory.Build.props", ScaffoldFiles.DirectoryBuildProps);
        WriteFile(output, "common/.editorconfig", ScaffoldFiles.EditorConfig(MlkAnalyzers.HintRuleIds));
        WriteFile(output, "common/nuget.config", ScaffoldFiles.NuGetConfig(FeedPlaceholder));
        WriteFile(output, "common/.gitignore", ScaffoldFiles.GitIgnore);

        foreach (var kata in katas)
        {
            foreach (var file in LearnerView.Files(kata))
            {
                WriteFile(output, $"katas/{kata.Id}/{file.Path}", file.Text);
            }
        }
    }

    private static JsonObject Manifest(IReadOnlyList<Kata> katas)
    {
        var choices = new JsonArray(katas
            .Select(k => (JsonNode)new JsonObject
            {
                ["choice"] = k.Id,
                ["description"] = $"{k.Manifest.Title} ({k.Manifest.Level.ToString().ToLowerInvariant()}, {k.Manifest.Track})",
            })
            .ToArray());
        var sources = new JsonArray(
        [
            new JsonObject
            {
                ["source"] = "./common/",
                ["target"] = "./",
                ["modifiers"] = new JsonArray(new JsonObject { ["condition"] = "(!hasFeed)", ["exclude"] = new JsonArray("nuget.config") }),
            },
            .. katas.Select(k => (JsonNode)new JsonObject
            {
                ["source"] = $"./katas/{k.Id}/",
                ["target"] = "./",
                ["condition"] = $"(kata == \"{k.Id}\")",
            }),
        ]);

        return new JsonObject
        {
            ["$schema"] = "http://json.schemastore.org/template",
            ["author"] = "MlKata",
            ["classifications"] = new JsonArray("Test", "NUnit", "Kata", "Machine Learning"),
            ["identity"] = "MlKata.Kata.CSharp",
            ["name"] = "MlKata kata: an ML-engineer interview problem with failing NUnit tests",
            ["shortName"] = ShortName,
            ["sourceName"] = SourceName,
            ["preferNameDirectory"] = true,
            ["tags"] = new JsonObject { ["language"] = "C#", ["type"] = "project" },
            ["symbols"] = new JsonObject
            {
                ["kata"] = new JsonObject
                {
                    ["type"] = "parameter",
                    ["datatype"] = "choice",
                    ["description"] = "The kata to start.",
                    ["defaultValue"] = katas.Any(k => k.Id == DefaultKata) ? DefaultKata : katas[0].Id,
                    ["choices"] = choices,
                },
                ["feed"] = new JsonObject
                {
                    ["type"] = "parameter",
                    ["datatype"] = "text",
                    ["description"] = "A folder of MlKata packages to restore from (the local feed, until the packages are published).",
                    ["defaultValue"] = "",
                    ["replaces"] = FeedPlaceholder,
                },
                ["hasFeed"] = new JsonObject { ["type"] = "computed", ["value"] = "(feed != \"\")" },
                [TemplateRestore.SkipSymbol] = TemplateRestore.SkipParameter(),
            },
            ["sources"] = sources,
            ["primaryOutputs"] = new JsonArray(new JsonObject { ["path"] = $"{SourceName}.csproj" }),
            ["postActions"] = new JsonArray(TemplateRestore.PostAction()),
        };
    }

    private static void WriteFile(string output, string relativePath, string text)
    {
        var path = Path.Combine(output, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
