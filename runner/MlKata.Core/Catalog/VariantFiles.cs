using MlKata.Core.Catalog.Patches;

namespace MlKata.Core.Catalog;

/// <summary>
/// Reads a variant kept beside the reference (a mistake, an alternative) in any of its three
/// forms: <c>&lt;name&gt;.patch</c> (a unified diff against <c>solution/</c>, applied strictly),
/// <c>&lt;name&gt;.cs</c> (the whole learner file of a one-file kata) or a folder <c>&lt;name&gt;/</c>
/// holding the files that differ from the reference.
/// </summary>
internal static class VariantFiles
{
    public const string PatchExtension = ".patch";

    /// <summary>The variant names stored in <paramref name="folder"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> NamesIn(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return [];
        }

        var files = System.IO.Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(PatchExtension, StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension);
        var folders = System.IO.Directory.EnumerateDirectories(folder).Select(Path.GetFileName);
        return files.Concat(folders).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The forms <paramref name="name"/> is stored in under <paramref name="folder"/>; a valid variant has exactly one.</summary>
    public static IReadOnlyList<string> FormsOf(string folder, string name) =>
        new[] { name + PatchExtension, name + ".cs", name }
            .Where(form => File.Exists(Path.Combine(folder, form)) || System.IO.Directory.Exists(Path.Combine(folder, form)))
            .ToList();

    /// <exception cref="KataFormatException">The patch does not apply to the reference.</exception>
    public static IReadOnlyList<SourceFile> Read(Kata kata, string kind, string name)
    {
        var folder = Path.Combine(kata.Directory, kind);
        var reference = kata.ReadReference().LearnerFiles;
        var patch = Path.Combine(folder, name + PatchExtension);
        if (File.Exists(patch))
        {
            var display = $"{kind}/{name}{PatchExtension}";
            try
            {
                return UnifiedPatch.Parse(File.ReadAllText(patch), display).Apply(reference);
            }
            catch (PatchException e)
            {
                throw new KataFormatException($"{kata.Id}/{display}", [new(KataFormatProblem.WholeFile, e.Detail)]);
            }
        }

        var single = Path.Combine(folder, name + ".cs");
        if (File.Exists(single))
        {
            return [SourceFile.Read(single, kata.Manifest.LearnerFiles[0])];
        }

        var own = Path.Combine(folder, name);
        return reference
            .Select(file => File.Exists(Path.Combine(own, file.Path)) ? SourceFile.Read(Path.Combine(own, file.Path), file.Path) : file)
            .ToList();
    }
}
