using MlKata.Core;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Packaging;
using MlKata.Core.Processes;
using MlKata.Core.Templates;
using NUnit.Framework;

namespace Template.Tests;

/// <summary>
/// Packs the local feed once (or finds it packed for the current sources) and installs the
/// template into a private template store, so no test touches the user's own.
/// </summary>
[SetUpFixture]
public sealed class TemplateFixture
{
    /// <summary>The checkout; known at test discovery, before any setup runs.</summary>
    public static string Root { get; } = RepositoryLayout.FindRoot(TestContext.CurrentContext.TestDirectory)
                                         ?? throw new InvalidOperationException("The tests must run inside an MlKata checkout.");

    public static string Feed { get; private set; } = null!;

    /// <summary>The version of the packages in <see cref="Feed"/>, packed for the current sources.</summary>
    public static string Version { get; private set; } = null!;

    public static string Hive { get; private set; } = null!;

    public static string Work { get; private set; } = null!;

    public static IReadOnlyList<Kata> Catalog { get; private set; } = null!;

    private static readonly Lazy<ScaffoldBuild> Built = new(() => ScaffoldBuild.Run(Work, [
        .. Catalog.Select(k => (SolvedScaffold(k.Id), k.Id, k.ReadReference().LearnerFiles, true)),
        .. StubSampleOf(Catalog).Select(k => (StubScaffold(k.Id), k.Id, (IReadOnlyList<SourceFile>)[], true)),
        .. MlkAnalyzers.RuleIds.Order(StringComparer.Ordinal).Select(rule => RuleInScaffoldTests.CodeBreaking(rule) is var (kata, _, files)
            ? (RuleScaffold(rule), kata.Id, files, false)
            : default),
    ]));

    /// <summary>Every kata's scaffold solved with its reference, a sample's as scaffolded, and every rule's, built together once and tested once.</summary>
    public static ScaffoldBuild Build => Built.Value;

    /// <summary>
    /// The katas whose untouched scaffold is also built and tested: the first CPU kata and the
    /// first GPU kata, the two shapes of scaffold the template writes. Every kata's stub failing
    /// honestly is the engine's check (Katas.Tests), which `dotnet test` is shown to agree with
    /// there; a real build per kata is spent on the solved scaffold, the one a learner must see
    /// go green in an IDE.
    /// </summary>
    public static IReadOnlyList<Kata> StubSampleOf(IReadOnlyList<Kata> catalog) =>
        [.. catalog.Where(k => !k.Manifest.Gpu).Take(1), .. catalog.Where(k => k.Manifest.Gpu).Take(1)];

    /// <summary>The folder (and project name) of the scaffold of <paramref name="kataId"/> with its reference in src/.</summary>
    public static string SolvedScaffold(string kataId) => $"solved-{kataId}";

    /// <summary>The folder (and project name) of the untouched scaffold of <paramref name="kataId"/>.</summary>
    public static string StubScaffold(string kataId) => $"scaffold-{kataId}";

    /// <summary>The folder (and project name) of the scaffold holding code that breaks <paramref name="rule"/> in <see cref="Build"/>.</summary>
    public static string RuleScaffold(string rule) => $"rule-{rule}";

    [OneTimeSetUp]
    public void PackAndInstall()
    {
        Catalog = KataCatalog.LoadAll(RepositoryLayout.KatasFolder(Root));
        Work = Directory.CreateTempSubdirectory("mlkata-template-tests-").FullName;
        Hive = Path.Combine(Work, "hive");
        Feed = LocalFeed.Folder(Root);
        Version = LocalFeed.EnsurePacked(Root, TestContext.Progress.WriteLine);
        TemplateInstaller.EnsureInstalled(Feed, Version, Hive);
    }

    [OneTimeTearDown]
    public void RemoveWorkFolder()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // a build server may still hold a file for a moment; the temp folder is cleaned later
        }
    }

    /// <summary>Runs <c>dotnet new mlkata …</c> against the private template store.</summary>
    public static (int ExitCode, string Output) DotnetNew(params string[] arguments) =>
        DotnetCli.Run(Work, null, ["new", TemplateContentWriter.ShortName, .. arguments, .. TemplateInstaller.HiveArguments(Hive)]);

    /// <summary>
    /// Scaffolds <paramref name="kataId"/> into <paramref name="folder"/> (under the work folder when
    /// relative) and returns it, unrestored: the tests build their scaffolds together, with one restore.
    /// </summary>
    public static string Scaffold(string kataId, string folder)
    {
        var target = Path.Combine(Work, folder);
        var (exitCode, output) = DotnetNew("--kata", kataId, "-o", target, "--feed", Feed, "--no-restore");
        Assert.That(exitCode, Is.Zero, output);
        return target;
    }
}
