using MlKata.Core.Catalog;
using MlKata.Core.Learners;

namespace MlKata.Core.Grading;

/// <summary>One kata folder of one learner, to be graded.</summary>
/// <param name="Learner">The learner's folder name.</param>
/// <param name="Folder">The kata folder (holding kata.json), or null when the learner has none for <paramref name="KataId"/>.</param>
/// <param name="KataId">The kata, as far as the folder tells.</param>
public sealed record GradeJob(string Learner, string? Folder, string KataId);

/// <summary>
/// Finds what to grade. The submissions folder holds one folder per learner, each holding
/// that learner's kata folders (recognised by their kata.json); a single learner's folder or
/// a single kata folder works too. Every learner gets a job for every kata that any learner
/// submitted (or that --kata names), so the grid has no holes: a kata a learner lacks is a
/// "missing" row, not an absent one.
/// </summary>
public static class SubmissionScanner
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { ".git", ".github", "bin", "obj", LearnerKata.StateFolderName, "node_modules" };

    /// <summary>The jobs for <paramref name="submissions"/>, ordered by learner then kata.</summary>
    /// <exception cref="DirectoryNotFoundException">The submissions folder does not exist.</exception>
    public static IReadOnlyList<GradeJob> Scan(string submissions, IReadOnlyCollection<string>? onlyKatas = null)
    {
        var root = Path.GetFullPath(submissions);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The submissions folder {submissions} does not exist.");
        }

        var learners = LearnerFolders(root)
            .Select(l => (Name: Path.GetFileName(l.Folder), Katas: KataFolders(l.Folder, l.IsKata).ToList()))
            .ToList();
        var found = learners.SelectMany(l => l.Katas.Select(k => k.Id));
        var katas = (onlyKatas is { Count: > 0 } ? onlyKatas : found).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        return learners
            .OrderBy(l => l.Name, StringComparer.Ordinal)
            .SelectMany(learner => katas.Select(kata =>
                learner.Katas.FirstOrDefault(k => k.Id == kata) is { Folder: { } folder }
                    ? new GradeJob(learner.Name, folder, kata)
                    : new GradeJob(learner.Name, null, kata)))
            .ToList();
    }

    /// <summary>Keeps shard <paramref name="index"/> (1-based) of <paramref name="count"/>: a deterministic slice.</summary>
    public static IReadOnlyList<GradeJob> Shard(IReadOnlyList<GradeJob> jobs, int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, count);
        return jobs.Where((_, i) => i % count == index - 1).ToList();
    }

    private static IEnumerable<(string Folder, bool IsKata)> LearnerFolders(string root)
    {
        if (IsKataFolder(root))
        {
            return [(root, true)]; // a single kata folder: its parent's name is the learner's
        }

        var children = Children(root).ToList();
        return children.Any(IsKataFolder)
            ? [(root, false)] // a single learner's folder
            : children.Select(c => (c, false));
    }

    private static IEnumerable<(string Id, string Folder)> KataFolders(string learner, bool isKata)
    {
        var folders = isKata ? [learner] : Children(learner).Where(IsKataFolder);
        return folders.Select(f => (KataIdOf(f), f));
    }

    /// <summary>The id kata.json gives, or the folder's name when kata.json cannot be read (grading then says why).</summary>
    private static string KataIdOf(string folder)
    {
        try
        {
            return LearnerKata.ReadManifest(folder).Id;
        }
        catch (LearnerKataException)
        {
            return Path.GetFileName(folder);
        }
    }

    private static bool IsKataFolder(string folder) => File.Exists(Path.Combine(folder, KataManifestReader.FileName));

    private static IEnumerable<string> Children(string folder) =>
        Directory.EnumerateDirectories(folder).Where(d => !Skipped.Contains(Path.GetFileName(d))).Order(StringComparer.Ordinal);
}
