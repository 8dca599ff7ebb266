using System.Text.RegularExpressions;
using MlKata.Core.Packaging;
using MlKata.Core.Processes;

namespace MlKata.Core.Templates;

/// <summary>
/// Installs the mlkata template from a folder feed, or updates it when the feed holds a new
/// version. `dotnet new install --force` of a package already installed registers it a second
/// time (and the template engine then fails on every use), so an installed version is
/// uninstalled first, and an install is skipped when the version is already the one wanted.
/// </summary>
public static partial class TemplateInstaller
{
    /// <summary>Makes <paramref name="version"/> the one installed mlkata template package.</summary>
    /// <param name="feed">The folder feed that holds the package: a checkout's local feed, or the installed tool's.</param>
    /// <param name="version">The version to install.</param>
    /// <param name="hive">A template store folder to use instead of the user's own, or null.</param>
    /// <returns>Whether anything had to be installed.</returns>
    /// <exception cref="InvalidOperationException">The template engine failed; the message holds its output.</exception>
    public static bool EnsureInstalled(string feed, string version, string? hive)
    {
        var installed = InstalledVersions(hive);
        if (installed.Count == 1 && installed[0] == version)
        {
            return false;
        }

        for (var i = 0; i < installed.Count; i++)
        {
            Run(["new", "uninstall", LocalFeed.TemplatePackageId], hive, "uninstall the previous mlkata template");
        }

        Run(["new", "install", LocalFeed.PackageFile(feed, LocalFeed.TemplatePackageId, version)], hive, "install the mlkata template");
        return true;
    }

    /// <summary>The template engine's arguments that select <paramref name="hive"/> (none for the user's own store).</summary>
    public static string[] HiveArguments(string? hive) => string.IsNullOrEmpty(hive) ? [] : ["--debug:custom-hive", hive];

    private static List<string> InstalledVersions(string? hive)
    {
        var output = Run(["new", "uninstall"], hive, "list the installed templates");
        return InstalledEntry().Matches(output).Select(m => m.Groups["version"].Value).ToList();
    }

    private static string Run(string[] arguments, string? hive, string what)
    {
        var (exitCode, output) = DotnetCli.Run(Environment.CurrentDirectory, null, [.. arguments, .. HiveArguments(hive)]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Could not {what} (dotnet {string.Join(' ', arguments)} exited with {exitCode}):{Environment.NewLine}{output.Trim()}");
        }

        return output;
    }

    [GeneratedRegex(@"^\s+MlKata\.Templates\s*\r?\n\s+Version:\s*(?<version>\S+)", RegexOptions.Multiline)]
    private static partial Regex InstalledEntry();
}
