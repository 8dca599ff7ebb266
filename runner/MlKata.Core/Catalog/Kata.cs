namespace MlKata.Core.Catalog;

/// <summary>
/// A kata folder, validated: its manifest and the files of its stub, tests, reference and
/// mistakes. Files are read when asked for, so listing a catalog stays cheap.
/// </summary>
public sealed class Kata
{
    internal Kata(string directory, KataManifest manifest)
    {
        Directory = directory;
        Manifest = manifest;
    }

    /// <summary>The kata's id.</summary>
    public string Id => Manifest.Id;

    /// <summary>The kata's folder (absolute).</summary>
    public string Directory { get; }

    /// <summary>The validated kata.json.</summary>
    public KataManifest Manifest { get; }

    /// <summary>The canonical tests, named <c>tests/&lt;file&gt;</c>.</summary>
    public IReadOnlyList<SourceFile> ReadTests() =>
        KataLayout.CSharpFiles(Path.Combine(Directory, KataLayout.Tests))
            .Select(f => SourceFile.Read(f, $"{KataLayout.Tests}/{Path.GetFileName(f)}"))
            .ToList();

    /// <summary>The stub the learner starts from.</summary>
    public KataVariant ReadStub() => new("stub", VariantKind.Stub, ReadLearnerFiles(KataLayout.Source));

    /// <summary>The reference solution.</summary>
    public KataVariant ReadReference() => new("reference", VariantKind.Reference, ReadLearnerFiles(KataLayout.Solution));

    /// <summary>
    /// Every known-wrong solution. A mistake is either <c>mistakes/&lt;name&gt;.cs</c> (for a kata
    /// with one learner file) or a folder <c>mistakes/&lt;name&gt;/</c> holding the files that differ
    /// from the reference; files it does not hold are taken from the reference.
    /// </summary>
    public IReadOnlyList<KataVariant> ReadMistakes()
    {
        var reference = ReadReference().LearnerFiles;
        return Manifest.Mistakes.Keys
            .Order(StringComparer.Ordinal)
            .Select(name => new KataVariant(name, VariantKind.Mistake, ReadMistakeFiles(name, reference)))
            .ToList();
    }

    /// <summary>Every variant: the stub, the reference, then each mistake.</summary>
    public IReadOnlyList<KataVariant> ReadVariants() => [ReadStub(), ReadReference(), .. ReadMistakes()];

    /// <summary>The learner's files as found in <paramref name="folder"/> (e.g. a learner's own kata folder).</summary>
    public IReadOnlyList<SourceFile> ReadLearnerFilesFrom(string folder) =>
        Manifest.LearnerFiles.Select(f => SourceFile.Read(Path.Combine(folder, f), f)).ToList();

    /// <summary>The same kata with another time limit (a grader's --timeout).</summary>
    public Kata WithTimeLimit(TimeSpan timeLimit) => new(Directory, Manifest with { TimeLimit = timeLimit });

    /// <inheritdoc />
    public override string ToString() => Id;

    private IReadOnlyList<SourceFile> ReadLearnerFiles(string folder) =>
        ReadLearnerFilesFrom(Path.Combine(Directory, folder));

    private IReadOnlyList<SourceFile> ReadMistakeFiles(string name, IReadOnlyList<SourceFile> reference)
    {
        var single = Path.Combine(Directory, KataLayout.Mistakes, name + ".cs");
        if (File.Exists(single))
        {
            return [SourceFile.Read(single, Manifest.LearnerFiles[0])];
        }

        var folder = Path.Combine(Directory, KataLayout.Mistakes, name);
        return reference
            .Select(file => File.Exists(Path.Combine(folder, file.Path)) ? SourceFile.Read(Path.Combine(folder, file.Path), file.Path) : file)
            .ToList();
    }
}
