using System.IO;
using System.Text;

namespace MlKata.Analyzers;

/// <summary>
/// The rules' pages (analyzers/docs/MLKnnn.md), embedded in this assembly by one glob in its
/// project file: they travel wherever the analyzers do (the analyzer package, the mlkata tool),
/// so `mlkata explain` needs no web host and no checkout.
/// </summary>
public static class RulePages
{
    // The LogicalName the project file gives each page.
    private const string ResourcePrefix = "MlKata.Analyzers.Docs.";

    /// <summary>The markdown page of rule <paramref name="id"/> (as spelled in Rules, e.g. MLK001), or null when there is none.</summary>
    public static string? Read(string id)
    {
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
