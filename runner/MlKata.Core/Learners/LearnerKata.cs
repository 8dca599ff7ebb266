using MlKata.Core.Catalog;

namespace MlKata.Core.Learners;

/// <summary>
/// A learner's kata folder (made by `mlkata new` or `dotnet new mlkata`) paired with the
/// canonical kata it was made from. Only the learner files kata.json names are read from it;
/// its copy of the tests never counts.
/// </summary>
public sealed class LearnerKata
{
    /// <summary>The folder of per-kata state kept by the runner (hints shown, last result).</summary>
    public const string StateFolderName = ".mlkata";

    /// <summary>The most bytes one learner file may hold: ample for a kata's code, too little to exhaust a grader's memory.</summary>
    public const int MaxLearnerFileBytes = 1024 * 1024;

    /// <summary>The most bytes a learner's kata.json may hold.</summary>
    public const int MaxManifestBytes = 64 * 1024;

    private LearnerKata(string folder, Kata kata)
    {
        Folder = folder;
        Kata = kata;
    }

    /// <summary>The learner's kata folder (holding kata.json).</summary>
    public string Folder { get; }

    /// <summary>The canonical kata: its tests, hints and points are the ones that count.</summary>
    public Kata Kata { get; }

    /// <summary>Where the learner's files are.</summary>
    public string SourceFolder => Path.Combine(Folder, KataLayout.Source);

    /// <summary>Where the runner keeps this kata's state.</summary>
    public string StateFolder => Path.Combine(Folder, StateFolderName);

    /// <summary>
    /// The learner kata at <paramref name="start"/> or the nearest folder above it that holds a
    /// kata.json, matched by id against <paramref name="catalog"/>.
    /// </summary>
    /// <exception cref="LearnerKataException">No kata.json, a malformed one, or an id the catalog lacks.</exception>
    public static LearnerKata Locate(string start, IReadOnlyList<Kata> catalog)
    {
        var folder = FindManifestFolder(start)
                     ?? throw new LearnerKataException($"No {KataManifestReader.FileName} in {start} or any folder above it: run this in a kata folder made by `mlkata new`.");
        return Open(folder, catalog);
    }

    /// <summary>The learner kata in exactly <paramref name="folder"/>.</summary>
    /// <exception cref="LearnerKataException">No kata.json, an unreadable or malformed one, or an id the catalog lacks.</exception>
    public static LearnerKata Open(string folder, IReadOnlyList<Kata> catalog)
    {
        var manifest = ReadManifest(folder);
        var kata = catalog.FirstOrDefault(k => k.Id == manifest.Id)
                   ?? throw new LearnerKataException($"{Path.Combine(folder, KataManifestReader.FileName)} names kata '{manifest.Id}', which is not in the catalog. Known: {string.Join(", ", catalog.Select(k => k.Id))}.");
        return new LearnerKata(Path.GetFullPath(folder), kata);
    }

    /// <summary>The kata.json of the learner kata folder <paramref name="folder"/>, read with the checks every learner file gets.</summary>
    /// <exception cref="LearnerKataException">No kata.json, or one that is a link, too large or malformed.</exception>
    internal static KataManifest ReadManifest(string folder)
    {
        if (!File.Exists(Path.Combine(folder, KataManifestReader.FileName)))
        {
            throw new LearnerKataException($"No {KataManifestReader.FileName} in {folder}.");
        }

        var text = LearnerFile.ReadText(Path.GetFullPath(folder), KataManifestReader.FileName, MaxManifestBytes);
        try
        {
            return KataManifestReader.Parse(text, Path.Combine(Path.GetFileName(folder), KataManifestReader.FileName), learnerCopy: true);
        }
        catch (KataFormatException e)
        {
            throw new LearnerKataException(e.Message);
        }
    }

    /// <summary>The learner's files, as kata.json names them, each checked before it is read (see <see cref="LearnerFile"/>).</summary>
    /// <exception cref="LearnerKataException">A learner file is missing, a symbolic link or behind one, empty or not a regular file, or over <see cref="MaxLearnerFileBytes"/>.</exception>
    public IReadOnlyList<SourceFile> ReadLearnerFiles()
    {
        var missing = Kata.Manifest.LearnerFiles.Where(f => !File.Exists(Path.Combine(SourceFolder, f))).ToList();
        if (missing.Count > 0)
        {
            throw new LearnerKataException($"{string.Join(", ", missing.Select(f => $"{KataLayout.Source}/{f}"))} missing from {Folder}: the kata's code lives there.");
        }

        return Kata.Manifest.LearnerFiles
            .Select(f => new SourceFile(f, LearnerFile.ReadText(Folder, $"{KataLayout.Source}/{f}", MaxLearnerFileBytes)))
            .ToList();
    }

    private static string? FindManifestFolder(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, KataManifestReader.FileName)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
