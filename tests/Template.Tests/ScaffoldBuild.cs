using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Engine.DotnetTest;
using MlKata.Core.Processes;

namespace Template.Tests;

/// <summary>
/// Every scaffold the tests need (each kata's, and each rule's), built as one solution: one
/// restore from the feed and MSBuild's parallel nodes, instead of a restore and a build per
/// folder. The katas' scaffolds are then tested in one `dotnet test` run; NUnit's result file
/// of each is named after its project.
/// </summary>
public sealed class ScaffoldBuild
{
    // One build of every scaffold: minutes on 2 idle cores, several times that on a busy machine.
    private static readonly TimeSpan Allowance = TimeSpan.FromMinutes(20);

    private readonly string _resultsFolder;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _scaffolded;

    private ScaffoldBuild(int buildExit, string buildOutput, string testOutput, string resultsFolder, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> scaffolded)
    {
        BuildExit = buildExit;
        BuildOutput = buildOutput;
        TestOutput = testOutput;
        _resultsFolder = resultsFolder;
        _scaffolded = scaffolded;
    }

    public int BuildExit { get; }

    public string BuildOutput { get; }

    public string TestOutput { get; }

    /// <summary>Scaffolds every folder in <paramref name="scaffolds"/> (folder name → kata id and files to put in src/), builds them all, and tests those marked to test.</summary>
    internal static ScaffoldBuild Run(string work, IReadOnlyList<(string Folder, string KataId, IReadOnlyList<SourceFile> Replaced, bool Test)> scaffolds)
    {
        var scaffolded = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var firstOfKata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, kataId, replaced, _) in scaffolds)
        {
            var target = Path.Combine(work, folder);
            if (firstOfKata.TryGetValue(kataId, out var first))
            {
                // `dotnet new` writes the same files for a kata every time, naming only the project
                // after its folder: a copy spares a process of about two seconds per scaffold.
                WriteCopy(scaffolded[first], $"{first}.csproj", target, $"{folder}.csproj");
            }
            else
            {
                TemplateFixture.Scaffold(kataId, folder);
                firstOfKata[kataId] = folder;
            }

            scaffolded[folder] = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(target, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
            foreach (var file in replaced)
            {
                File.WriteAllText(Path.Combine(target, "src", file.Path), file.Text);
            }
        }

        // Every scaffold's nuget.config names the same feed; a solution restores with the one beside it.
        File.Copy(Path.Combine(work, scaffolds[0].Folder, "nuget.config"), Path.Combine(work, "nuget.config"), overwrite: true);
        File.WriteAllText(Path.Combine(work, "all.slnx"), SolutionFile.Render(work, scaffolds.Select(s => Project(s.Folder))));
        File.WriteAllText(Path.Combine(work, "tested.slnx"), SolutionFile.Render(work, scaffolds.Where(s => s.Test).Select(s => Project(s.Folder))));

        var (buildExit, buildOutput) = DotnetCli.RunWithin(Allowance, work, null, "build", "all.slnx", "-nologo", "-clp:NoSummary", "-m");
        var results = Path.Combine(work, "TestResults");
        var (_, testOutput) = DotnetCli.RunWithin(Allowance, work, null, "test", "tested.slnx", "--no-build", "-nologo", "--",
            $"NUnit.TestOutputXml={results}", "NUnit.OutputXmlFolderMode=UseSpecifiedLocation");
        return new ScaffoldBuild(buildExit ?? -1, buildExit is null ? $"dotnet build ran for over {Allowance.TotalMinutes} minutes:{Environment.NewLine}{buildOutput}" : buildOutput, testOutput, results, scaffolded);
    }

    /// <summary>Every file `dotnet new` wrote into the scaffold <paramref name="folderName"/> (relative path → text), before any was replaced.</summary>
    public IReadOnlyDictionary<string, string> ScaffoldedFiles(string folderName) => _scaffolded[folderName];

    /// <summary>The diagnostics `dotnet build` printed for files of the scaffold in <paramref name="folder"/>.</summary>
    public IReadOnlyList<BuildDiagnostic> DiagnosticsOf(string folder) => DotnetTestOutput.Diagnostics(BuildOutput, folder);

    /// <summary>The test verdicts of the scaffold <paramref name="folderName"/>, or null when it has no results.</summary>
    public IReadOnlyList<TestOutcome>? TestsOf(string folderName)
    {
        var xml = Path.Combine(_resultsFolder, $"{folderName}.xml");
        return File.Exists(xml) ? DotnetTestOutput.Tests(xml) : null;
    }

    private static void WriteCopy(IReadOnlyDictionary<string, string> files, string project, string target, string copiedProject)
    {
        foreach (var (path, text) in files)
        {
            var copied = Path.Combine(target, path == project ? copiedProject : path);
            Directory.CreateDirectory(Path.GetDirectoryName(copied)!);
            File.WriteAllText(copied, text);
        }
    }

    // dotnet new names the project after its folder.
    private static string Project(string folder) => Path.Combine(folder, $"{folder}.csproj");
}
