using MlKata.Core.Catalog;
using MlKata.Core.Catalog.Patches;

namespace MlKata.Core.Authoring;

/// <summary>
/// Stores a mistake the way the kata format prefers: as a patch against the reference when
/// the diff is the shorter text (the reference plus one flaw), else as whole files (a
/// different design). Either way the other forms of the same name are removed, so a mistake
/// is stored once.
/// </summary>
public static class MistakeFiles
{
    /// <summary>Writes the mistake <paramref name="name"/> of <paramref name="kata"/> from the edited learner files; returns the path written, relative to the kata.</summary>
    /// <exception cref="ArgumentException">The edited files are the reference, or name a file the kata's learner does not edit.</exception>
    public static string Write(Kata kata, string name, IReadOnlyList<SourceFile> edited)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(edited);
        var reference = kata.ReadReference().LearnerFiles;
        var patch = UnifiedDiff.Create(reference, edited);
        if (patch.Length == 0)
        {
            throw new ArgumentException($"The edited files are the same as {kata.Id}'s reference: there is no mistake to store.", nameof(edited));
        }

        var changed = edited.Where(f => reference.Single(r => r.Path == f.Path).Text != f.Text).ToList();
        var folder = Path.Combine(kata.Directory, KataLayout.Mistakes);
        Directory.CreateDirectory(folder);
        RemoveEveryForm(folder, name);

        if (LineCount(patch) < changed.Sum(f => LineCount(f.Text)))
        {
            File.WriteAllText(Path.Combine(folder, name + VariantFiles.PatchExtension), patch);
            return $"{KataLayout.Mistakes}/{name}{VariantFiles.PatchExtension}";
        }

        if (kata.Manifest.LearnerFiles.Count == 1)
        {
            File.WriteAllText(Path.Combine(folder, name + ".cs"), changed[0].Text);
            return $"{KataLayout.Mistakes}/{name}.cs";
        }

        var own = Path.Combine(folder, name);
        Directory.CreateDirectory(own);
        foreach (var file in changed)
        {
            File.WriteAllText(Path.Combine(own, file.Path), file.Text);
        }

        return $"{KataLayout.Mistakes}/{name}/";
    }

    private static void RemoveEveryForm(string folder, string name)
    {
        foreach (var form in VariantFiles.FormsOf(folder, name))
        {
            var path = Path.Combine(folder, form);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
    }

    private static int LineCount(string text) => text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1);
}
