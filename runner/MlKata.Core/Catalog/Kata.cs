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
    /// Every known-wrong solution, in name order. A mistake is stored as the reference plus its
    /// flaw (<c>mistakes/&lt;name&gt;.patch</c>), as a whole file (<c>mistakes/&lt;name&gt;.cs</c>, for
    /// a kata with one learner file) or as a folder of the files that differ from the reference.
    /// </summary>
    /// <exception cref="KataFormatException">A mistake's patch no longer applies to the reference.</exception>
    public IReadOnlyList<KataVariant> ReadMistakes() =>
        Manifest.Mistakes.Keys.Order(StringComparer.Ordinal).Select(ReadMistake).ToList();

    /// <summary>The mistake named <paramref name="name"/>.</summary>
    /// <exception cref="KataFormatException">Its patch no longer applies to the reference.</exception>
    public KataVariant ReadMistake(string name) =>
        new(name, VariantKind.Mistake, VariantFiles.Read(this, KataLayout.Mistakes, name));

    /// <summary>
    /// The other correct solutions (<c>alternatives/</c>, stored like mistakes): another idiom or
    /// data structure that the tests must accept as they accept the reference.
    /// </summary>
    /// <exception cref="KataFormatException">An alternative's patch no longer applies to the reference.</exception>
    public IReadOnlyList<KataVariant> ReadAlternatives() =>
        VariantFiles.NamesIn(Path.Combine(Directory, KataLayout.Alternatives))
            .Select(name => ReadVariant(name, VariantKind.Alternative))
            .ToList();

    /// <summary>Every variant: the stub, the reference, each alternative, then each mistake.</summary>
    public IReadOnlyList<KataVariant> ReadVariants() => [ReadStub(), ReadReference(), .. ReadAlternatives(), .. ReadMistakes()];

    /// <summary>The name and kind of every variant, in <see cref="ReadVariants"/>'s order, without reading them.</summary>
    public IReadOnlyList<(string Name, VariantKind Kind)> VariantNames() =>
    [
        ("stub", VariantKind.Stub),
        ("reference", VariantKind.Reference),
        .. VariantFiles.NamesIn(Path.Combine(Directory, KataLayout.Alternatives)).Select(n => (n, VariantKind.Alternative)),
        .. Manifest.Mistakes.Keys.Order(StringComparer.Ordinal).Select(n => (n, VariantKind.Mistake)),
    ];

    /// <summary>One variant, by name and kind.</summary>
    /// <exception cref="KataFormatException">It is a patch that no longer applies to the reference.</exception>
    public KataVariant ReadVariant(string name, VariantKind kind) => kind switch
    {
        VariantKind.Stub => ReadStub(),
        VariantKind.Reference => ReadReference(),
        VariantKind.Mistake => ReadMistake(name),
        VariantKind.Alternative => new KataVariant(name, kind, VariantFiles.Read(this, KataLayout.Alternatives, name)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown variant kind"),
    };

    /// <summary>The same kata with another time limit (a grader's --timeout).</summary>
    public Kata WithTimeLimit(TimeSpan timeLimit) => new(Directory, Manifest with { TimeLimit = timeLimit });

    /// <inheritdoc />
    public override string ToString() => Id;

    // The catalog's own files: a learner's are read through LearnerKata, which checks them first.
    private IReadOnlyList<SourceFile> ReadLearnerFiles(string folder) =>
        Manifest.LearnerFiles.Select(f => SourceFile.Read(Path.Combine(Directory, folder, f), f)).ToList();
}
