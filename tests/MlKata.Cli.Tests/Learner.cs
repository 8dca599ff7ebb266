using MlKata.Cli.Server;
using MlKata.Core;
using MlKata.Core.Catalog;
using MlKata.Core.Processes;
using NUnit.Framework;

namespace MlKata.Cli.Tests;

/// <summary>A learner's kata folder in the temp directory (as `mlkata new` lays it out), and the `mlkata` command to run on it.</summary>
internal sealed class Learner : IDisposable
{
    private Learner(string workspace, string folder, Kata kata)
    {
        Workspace = workspace;
        Folder = folder;
        Kata = kata;
    }

    public string Workspace { get; }

    public string Folder { get; }

    public Kata Kata { get; }

    public static string Root { get; } = RepositoryLayout.FindRoot(TestContext.CurrentContext.TestDirectory)!;

    public static Learner Start(string kataId)
    {
        var kata = Canonical(kataId);
        var workspace = Directory.CreateTempSubdirectory("mlkata-cli-").FullName;
        var folder = Path.Combine(workspace, kataId);
        LayOut(kata, folder, kata.ReadStub().LearnerFiles);
        return new Learner(workspace, folder, kata);
    }

    /// <summary>The kata <paramref name="kataId"/> from the repository's catalog.</summary>
    public static Kata Canonical(string kataId) => KataCatalog.Load(Path.Combine(RepositoryLayout.KatasFolder(Root), kataId));

    /// <summary>Writes a kata folder as `mlkata new` lays it out: kata.json, the tests, and <paramref name="learnerFiles"/> in src/.</summary>
    public static void LayOut(Kata kata, string folder, IReadOnlyList<SourceFile> learnerFiles)
    {
        Directory.CreateDirectory(Path.Combine(folder, KataLayout.Source));
        Directory.CreateDirectory(Path.Combine(folder, KataLayout.Tests));
        File.Copy(Path.Combine(kata.Directory, KataManifestReader.FileName), Path.Combine(folder, KataManifestReader.FileName));
        foreach (var file in learnerFiles)
        {
            File.WriteAllText(Path.Combine(folder, KataLayout.Source, file.Path), file.Text);
        }

        foreach (var test in kata.ReadTests())
        {
            File.WriteAllText(Path.Combine(folder, test.Path), test.Text);
        }
    }

    public string LearnerFile => Path.Combine(Folder, KataLayout.Source, Kata.Manifest.LearnerFiles[0]);

    /// <summary>Replaces <paramref name="find"/> in the learner's kata.json; the text must be there.</summary>
    public void EditManifest(string find, string replace)
    {
        var manifest = Path.Combine(Folder, KataManifestReader.FileName);
        var text = File.ReadAllText(manifest);
        Assert.That(text, Does.Contain(find), "the edit must change kata.json");
        File.WriteAllText(manifest, text.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Solve()
    {
        // Every file the learner edits: a kata may span several (base62-shortener has two).
        foreach (var file in Kata.ReadReference().LearnerFiles)
        {
            File.WriteAllText(Path.Combine(Folder, KataLayout.Source, file.Path), file.Text);
        }
    }

    /// <summary>
    /// For sliding-window-average: the reference without its fresh sum once per turn of the
    /// ring, so tasks 1 and 2 pass and task 3 (a huge value that has left the window) fails.
    /// </summary>
    public void WritePartialSolution()
    {
        const string ResumOncePerTurn = """
                        _sum = 0;
                        foreach (var item in _window)
                        {
                            _sum += item;
                        }

            """;
        var reference = Kata.ReadReference().LearnerFiles[0].Text.ReplaceLineEndings("\n");
        Assert.That(reference, Does.Contain(ResumOncePerTurn), "the partial solution must change the reference");
        File.WriteAllText(LearnerFile, reference.Replace(ResumOncePerTurn, "", StringComparison.Ordinal));
    }

    public (int ExitCode, string Output) Mlkata(params string[] arguments) => Run(Workspace, arguments);

    /// <summary>Runs `mlkata` checking in its own process: a check server would outlive the test.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string> { [ServerSettings.NoServerVariable] = "1" }, arguments);

    /// <summary>Runs `mlkata` with <paramref name="environment"/> added to its own.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        DotnetCli.Run(workingDirectory, new Dictionary<string, string>(environment) { ["COLUMNS"] = "250" }, [Path.Combine(TestContext.CurrentContext.TestDirectory, "mlkata.dll"), .. arguments]);

    public void Dispose() => Directory.Delete(Workspace, recursive: true);
}
