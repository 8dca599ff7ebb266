namespace MlKata.Core.Packaging;

/// <summary>
/// What the MlKata.Cli tool package carries beside mlkata.dll, so that an installed `mlkata` works
/// in any folder with no checkout: the catalog of learner views it checks and grades with, and the
/// feed a scaffold restores from (the packages of the same pack, at the tool's version).
/// </summary>
public static class ToolLayout
{
    /// <summary>The folder of kata learner views, one per kata, beside mlkata.dll.</summary>
    public const string CatalogFolderName = "catalog";

    /// <summary>The folder feed of the scaffold's packages, beside mlkata.dll.</summary>
    public const string FeedFolderName = "feed";

    /// <summary>The catalog of the tool installed in <paramref name="toolDirectory"/>.</summary>
    public static string CatalogFolder(string toolDirectory) => Path.Combine(toolDirectory, CatalogFolderName);

    /// <summary>The feed of the tool installed in <paramref name="toolDirectory"/>.</summary>
    public static string FeedFolder(string toolDirectory) => Path.Combine(toolDirectory, FeedFolderName);

    /// <summary>Whether <paramref name="toolDirectory"/> holds an installed tool's catalog.</summary>
    public static bool IsInstalledTool(string toolDirectory) => Directory.Exists(CatalogFolder(toolDirectory));

    /// <summary>The version of the packages in the feed <paramref name="feed"/>: that of its one template package.</summary>
    /// <exception cref="InvalidOperationException">The feed holds no template package, or several.</exception>
    public static string FeedVersion(string feed)
    {
        var prefix = $"{LocalFeed.TemplatePackageId}.";
        var versions = Directory.Exists(feed)
            ? Directory.EnumerateFiles(feed, $"{prefix}*.nupkg").Select(p => Path.GetFileNameWithoutExtension(p)[prefix.Length..]).ToList()
            : [];
        return versions.Count == 1
            ? versions[0]
            : throw new InvalidOperationException($"The tool's feed {feed} holds {versions.Count} {LocalFeed.TemplatePackageId} packages, not one: reinstall the tool.");
    }
}
