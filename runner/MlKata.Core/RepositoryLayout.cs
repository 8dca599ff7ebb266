namespace MlKata.Core;

/// <summary>Where things are in an MlKata checkout.</summary>
public static class RepositoryLayout
{
    /// <summary>The file that marks the repository's root.</summary>
    public const string SolutionFile = "KataRunner.sln";

    /// <summary>
    /// The repository root: the nearest folder at or above <paramref name="start"/> holding
    /// <see cref="SolutionFile"/>, or null outside a checkout.
    /// </summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The katas folder of the repository at <paramref name="root"/>.</summary>
    public static string KatasFolder(string root) => Path.Combine(root, "katas");
}
