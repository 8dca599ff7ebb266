namespace MlKata.Core.Catalog;

/// <summary>
/// Finds and validates katas. The catalog is derived from the <c>katas/</c> folder alone:
/// a new kata folder appears here without any list being edited.
/// </summary>
public static class KataCatalog
{
    /// <summary>Every kata folder (one holding a kata.json) directly under <paramref name="katasRoot"/>, sorted by id.</summary>
    /// <exception cref="KataFormatException">A kata folder is invalid.</exception>
    public static IReadOnlyList<Kata> LoadAll(string katasRoot) => LoadAll(katasRoot, Load);

    /// <summary>
    /// Every kata folder under <paramref name="katasRoot"/>, each loaded as <see cref="LoadCanonical"/>
    /// loads it: a catalog of learner views (the installed tool's), which lacks solutions and mistakes.
    /// </summary>
    /// <exception cref="KataFormatException">A kata folder is invalid.</exception>
    public static IReadOnlyList<Kata> LoadAllCanonical(string katasRoot) => LoadAll(katasRoot, LoadCanonical);

    /// <summary>Every folder under <paramref name="katasRoot"/> that holds a kata.json.</summary>
    public static IEnumerable<string> KataDirectories(string katasRoot) =>
        Directory.EnumerateDirectories(katasRoot)
            .Where(d => File.Exists(Path.Combine(d, KataManifestReader.FileName)))
            .Order(StringComparer.Ordinal);

    /// <summary>Loads and validates the kata in <paramref name="directory"/>, with every part an author keeps.</summary>
    /// <exception cref="KataFormatException">kata.json is missing, malformed or disagrees with the folder.</exception>
    public static Kata Load(string directory) => Load(directory, authoring: true);

    /// <summary>
    /// Loads the canonical parts of the kata in <paramref name="directory"/> (kata.json, stub,
    /// tests): all that checking a submission needs, where the solution and mistakes are absent
    /// or hidden (an installed catalog, a grading sandbox).
    /// </summary>
    /// <exception cref="KataFormatException">kata.json is missing, malformed or disagrees with the folder.</exception>
    public static Kata LoadCanonical(string directory) => Load(directory, authoring: false);

    private static IReadOnlyList<Kata> LoadAll(string katasRoot, Func<string, Kata> load)
    {
        if (!Directory.Exists(katasRoot))
        {
            throw new DirectoryNotFoundException($"The katas folder '{katasRoot}' does not exist.");
        }

        return KataDirectories(katasRoot).Select(load).OrderBy(k => k.Id, StringComparer.Ordinal).ToList();
    }

    private static Kata Load(string directory, bool authoring)
    {
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var manifestPath = Path.Combine(directory, KataManifestReader.FileName);
        var displayPath = $"{folderName}/{KataManifestReader.FileName}";
        if (!File.Exists(manifestPath))
        {
            throw new KataFormatException(folderName, [new(KataFormatProblem.WholeFile, $"{KataManifestReader.FileName} is missing: this folder is not a kata")]);
        }

        var manifest = KataManifestReader.Parse(File.ReadAllText(manifestPath), displayPath);
        var problems = CheckAgainstFolder(directory, folderName, manifest, authoring);
        if (problems.Count > 0)
        {
            throw new KataFormatException(displayPath, problems);
        }

        return new Kata(Path.GetFullPath(directory), manifest);
    }

    private static List<KataFormatProblem> CheckAgainstFolder(string directory, string folderName, KataManifest manifest, bool authoring)
    {
        var problems = new List<KataFormatProblem>();
        if (manifest.Id != folderName)
        {
            problems.Add(new("id", $"must equal the folder name '{folderName}', was '{manifest.Id}'"));
        }

        foreach (var file in manifest.LearnerFiles)
        {
            foreach (var folder in authoring ? new[] { KataLayout.Source, KataLayout.Solution } : [KataLayout.Source])
            {
                if (!File.Exists(Path.Combine(directory, folder, file)))
                {
                    problems.Add(new("files", $"'{file}' is not in {folder}/"));
                }
            }
        }

        if (!KataLayout.CSharpFiles(Path.Combine(directory, KataLayout.Tests)).Any())
        {
            problems.Add(new(KataFormatProblem.WholeFile, $"{KataLayout.Tests}/ holds no .cs file"));
        }

        if (!authoring)
        {
            return problems;
        }

        if (!File.Exists(Path.Combine(directory, KataLayout.Readme)))
        {
            problems.Add(new(KataFormatProblem.WholeFile, $"{KataLayout.Readme} is missing"));
        }

        var mistakesFolder = Path.Combine(directory, KataLayout.Mistakes);
        var onDisk = VariantFiles.NamesIn(mistakesFolder);
        foreach (var name in onDisk.Where(n => !manifest.Mistakes.ContainsKey(n)))
        {
            problems.Add(new($"mistakes.{name}", $"{KataLayout.Mistakes}/{name} exists but kata.json does not describe it"));
        }

        foreach (var name in manifest.Mistakes.Keys.Where(n => !onDisk.Contains(n)))
        {
            problems.Add(new($"mistakes.{name}", $"no {KataLayout.Mistakes}/{name}.patch, {name}.cs or {name}/ folder"));
        }

        foreach (var folder in new[] { KataLayout.Mistakes, KataLayout.Alternatives })
        {
            foreach (var name in VariantFiles.NamesIn(Path.Combine(directory, folder)))
            {
                var forms = VariantFiles.FormsOf(Path.Combine(directory, folder), name);
                if (forms.Count > 1)
                {
                    problems.Add(new(KataFormatProblem.WholeFile, $"{folder}/{name} is stored {forms.Count} ways ({string.Join(", ", forms)}): keep one"));
                }
            }
        }

        if (manifest.Mistakes.Count == 0)
        {
            problems.Add(new("mistakes", "must describe at least one known-wrong solution: nothing else proves the tests reject one"));
        }

        return problems;
    }
}
