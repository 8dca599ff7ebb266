namespace MlKata.Core.Catalog;

/// <summary>
/// What a learner may see of a kata: kata.json, the problem statement, the stub's learner files
/// and the canonical tests; never solution/, alternatives/ or mistakes/. The one definition of it,
/// for the scaffold template and for the catalog the installed tool carries, which
/// <see cref="KataCatalog.LoadAllCanonical"/> loads and grades with.
/// </summary>
public static class LearnerView
{
    /// <summary>The files of <paramref name="kata"/>'s learner view, with paths relative to the kata folder.</summary>
    public static IEnumerable<SourceFile> Files(Kata kata)
    {
        yield return Read(kata, KataManifestReader.FileName);
        yield return Read(kata, KataLayout.Readme);
        foreach (var file in kata.ReadStub().LearnerFiles)
        {
            yield return file with { Path = $"{KataLayout.Source}/{file.Path}" };
        }

        foreach (var test in kata.ReadTests())
        {
            yield return test;
        }
    }

    /// <summary>Writes the learner view of every kata of <paramref name="katas"/> into <c>&lt;output&gt;/&lt;id&gt;/</c>.</summary>
    public static void WriteCatalog(IEnumerable<Kata> katas, string output)
    {
        foreach (var kata in katas)
        {
            foreach (var file in Files(kata))
            {
                var path = Path.Combine(output, kata.Id, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            }
        }
    }

    private static SourceFile Read(Kata kata, string name) => SourceFile.Read(Path.Combine(kata.Directory, name), name);
}
