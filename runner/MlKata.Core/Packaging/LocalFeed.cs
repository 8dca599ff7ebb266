using System.Security.Cryptography;
using System.Text;
using MlKata.Core.Processes;

namespace MlKata.Core.Packaging;

/// <summary>
/// The folder feed <c>artifacts/packages/</c> that holds MlKata.Gpu, MlKata.Testing, MlKata.Analyzers and
/// MlKata.Templates until they are published. Its version is derived from the content of
/// everything that goes into the packages: NuGet caches a package by id and version forever,
/// so a fixed version would serve a stale copy after any change, while a content version
/// changes exactly when the packages do.
/// </summary>
public static class LocalFeed
{
    /// <summary>The release the local packages are previews of.</summary>
    public const string BaseVersion = "0.1.0";

    /// <summary>The package of the <c>dotnet new mlkata</c> and <c>mlkata-group</c> templates.</summary>
    public const string TemplatePackageId = "MlKata.Templates";

    /// <summary>The package ids the feed holds.</summary>
    public static IReadOnlyList<string> PackageIds { get; } = ["MlKata.Gpu", "MlKata.Testing", "MlKata.Analyzers", TemplatePackageId];

    // What goes into the packages; build outputs and the feed itself are left out.
    private static readonly string[] InputFolders = ["runner", "analyzers", "katas", "template"];
    private static readonly string[] InputFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json"];
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", ".vs", ".idea", "TestResults" };

    /// <summary>The feed folder of the repository at <paramref name="root"/>.</summary>
    public static string Folder(string root) => Path.Combine(root, "artifacts", "packages");

    /// <summary>The version the packages get for the current sources: <c>0.1.0-local.&lt;content hash&gt;</c>.</summary>
    public static string Version(string root) => $"{BaseVersion}-local.{ContentHash(root)}";

    /// <summary>The path of package <paramref name="id"/> at <paramref name="version"/>.</summary>
    public static string PackagePath(string root, string id, string version) => PackageFile(Folder(root), id, version);

    /// <summary>The path of package <paramref name="id"/> at <paramref name="version"/> in the folder feed <paramref name="feed"/>.</summary>
    public static string PackageFile(string feed, string id, string version) => Path.Combine(feed, $"{id}.{version}.nupkg");

    /// <summary>Whether every package exists at <paramref name="version"/>.</summary>
    public static bool IsPacked(string root, string version) => PackageIds.All(id => File.Exists(PackagePath(root, id, version)));

    /// <summary>
    /// Packs the feed for the current sources unless it is already there; returns the version.
    /// Older local versions are removed once the new ones exist.
    /// </summary>
    /// <exception cref="InvalidOperationException">dotnet pack failed; the message holds its output.</exception>
    public static string EnsurePacked(string root, Action<string>? progress = null)
    {
        var version = Version(root);
        if (IsPacked(root, version))
        {
            return version;
        }

        progress?.Invoke($"Packing the local feed {version} (sources changed or first run)…");
        var template = Path.Combine(root, "template", "MlKata.Templates.csproj");
        var (exitCode, output) = DotnetCli.Run(root, null, "pack", template, "-c", "Release", $"-p:Version={version}", "-nologo", "-v:q");
        if (exitCode != 0 || !IsPacked(root, version))
        {
            throw new InvalidOperationException($"dotnet pack of {template} failed (exit code {exitCode}):{Environment.NewLine}{output}");
        }

        RemoveOtherLocalVersions(root, version);
        return version;
    }

    private static void RemoveOtherLocalVersions(string root, string keep)
    {
        foreach (var package in Directory.EnumerateFiles(Folder(root), $"MlKata.*.{BaseVersion}-local.*.nupkg"))
        {
            if (!package.EndsWith($".{keep}.nupkg", StringComparison.Ordinal))
            {
                File.Delete(package);
            }
        }
    }

    private static string ContentHash(string root)
    {
        var files = InputFolders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(EnumerateSources)
            .Concat(InputFiles.Select(f => Path.Combine(root, f)).Where(File.Exists))
            .Select(path => (Relative: Path.GetRelativePath(root, path).Replace('\\', '/'), Path: path))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, path) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static IEnumerable<string> EnumerateSources(string folder) =>
        Directory.EnumerateFiles(folder)
            .Concat(Directory.EnumerateDirectories(folder)
                .Where(d => !SkippedFolders.Contains(Path.GetFileName(d)))
                .SelectMany(EnumerateSources));
}
