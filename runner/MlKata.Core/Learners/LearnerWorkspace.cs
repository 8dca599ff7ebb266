using MlKata.Core.Catalog;

namespace MlKata.Core.Learners;

/// <summary>
/// The learner's kata folders under a workspace folder (where `mlkata new` put them): each
/// folder holding a kata.json of a catalog kata, a few levels down at most, outside build
/// output and the catalog's own sources.
/// </summary>
public static class LearnerWorkspace
{
    /// <summary>How deep kata folders are looked for: a workspace of tracks, each of katas, fits.</summary>
    public const int SearchDepth = 3;

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", ".git", "node_modules", "artifacts", LearnerKata.StateFolderName };

    /// <summary>
    /// Every learner kata under <paramref name="workspace"/>, in path order; a folder whose
    /// kata.json is broken or names no catalog kata is passed over (`mlkata check` there says why).
    /// </summary>
    /// <param name="workspace">The folder to search.</param>
    /// <param name="catalog">The catalog the katas must belong to.</param>
    /// <param name="catalogFolder">The catalog's katas/ folder, never a learner's work.</param>
    public static IReadOnlyList<LearnerKata> Find(string workspace, IReadOnlyList<Kata> catalog, string catalogFolder)
    {
        var found = new List<LearnerKata>();
        foreach (var folder in KataFolders(Path.GetFullPath(workspace), Path.TrimEndingDirectorySeparator(Path.GetFullPath(catalogFolder)), SearchDepth))
        {
            try
            {
                found.Add(LearnerKata.Open(folder, catalog));
            }
            catch (LearnerKataException)
            {
                // not one of ours, or broken
            }
        }

        return found;
    }

    private static IEnumerable<string> KataFolders(string folder, string catalogFolder, int depth)
    {
        if (folder == catalogFolder || folder.StartsWith(catalogFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            yield break;
        }

        if (File.Exists(Path.Combine(folder, KataManifestReader.FileName)))
        {
            yield return folder;
            yield break;
        }

        if (depth == 0)
        {
            yield break;
        }

        IEnumerable<string> children;
        try
        {
            children = Directory.EnumerateDirectories(folder).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))).Order(StringComparer.Ordinal).ToList();
        }
        catch (UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var child in children.SelectMany(c => KataFolders(c, catalogFolder, depth - 1)))
        {
            yield return child;
        }
    }
}
