using MlKata.Core.Catalog;

namespace MlKata.Cli.Tests;

/// <summary>A submissions folder for `mlkata grade`: one folder per learner, each with kata folders laid out as `mlkata new` makes them.</summary>
internal sealed class Submissions : IDisposable
{
    public Submissions()
    {
        Root = Directory.CreateTempSubdirectory("mlkata-grade-").FullName;
        Folder = Directory.CreateDirectory(Path.Combine(Root, "members")).FullName;
    }

    /// <summary>Holds the members' folders and the report folders.</summary>
    public string Root { get; }

    /// <summary>The submissions folder: one folder per learner.</summary>
    public string Folder { get; }

    public string Out => Path.Combine(Root, "out");

    /// <summary>Adds <paramref name="learner"/>'s folder for <paramref name="kataId"/> with the given learner file text (default: the reference).</summary>
    public string Add(string learner, string kataId, string? learnerText = null, Func<Kata, string>? learnerTextFrom = null)
    {
        var kata = Learner.Canonical(kataId);
        var folder = Path.Combine(Folder, learner, kataId);
        var text = learnerText ?? learnerTextFrom?.Invoke(kata) ?? kata.ReadReference().LearnerFiles[0].Text;
        Learner.LayOut(kata, folder, [new SourceFile(kata.Manifest.LearnerFiles[0], text)]);
        return folder;
    }

    /// <summary>The reference of <paramref name="kata"/> with <paramref name="statement"/> run first thing in every constructor call.</summary>
    public static string Sabotaged(Kata kata, string statement) =>
        kata.ReadReference().LearnerFiles[0].Text.Replace(
            "ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowSize);",
            statement + "\n        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowSize);",
            StringComparison.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
