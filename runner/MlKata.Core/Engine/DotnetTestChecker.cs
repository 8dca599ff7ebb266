using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using MlKata.Core.Catalog;
using MlKata.Core.Processes;

namespace MlKata.Core.Engine;

/// <summary>
/// Checks a submission the slow, faithful way: a real project under
/// <c>artifacts/dotnet-test/&lt;kata&gt;/</c> (the repository's build settings, MlKata.Testing and
/// the analyzers by project reference), <c>dotnet build</c>, then <c>dotnet test</c> writing
/// NUnit's own result XML (a TRX log drops the [Task] and [Points] properties). The folder is
/// reused, so a second check of the same kata builds incrementally.
/// </summary>
public sealed partial class DotnetTestChecker(string repositoryRoot) : IKataChecker
{
    private static readonly TimeSpan BuildAllowance = TimeSpan.FromMinutes(2);
    private static readonly Lock Gate = new(); // one project folder per kata: one check at a time

    /// <inheritdoc />
    public KataResult Check(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName)
    {
        lock (Gate)
        {
            var project = WriteProject(kata, learnerFiles);
            var (buildExit, buildOutput) = DotnetCli.RunWithin(BuildAllowance, project, null, "build", "-nologo", "-clp:NoSummary");
            var diagnostics = Diagnostics(buildOutput);
            if (buildExit is null)
            {
                return KataResult.WithoutTests(kata.Manifest, KataStatus.InfrastructureError, $"dotnet build ran for over {BuildAllowance.TotalMinutes} minutes");
            }

            if (buildExit != 0)
            {
                // Only C# errors are the learner's; a restore or MSBuild failure is the tooling's.
                var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList();
                return errors.Count > 0
                    ? KataResult.WithoutTests(kata.Manifest, KataStatus.CompileError, $"does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(3))}", diagnostics)
                    : KataResult.WithoutTests(kata.Manifest, KataStatus.InfrastructureError, $"dotnet build failed:{Environment.NewLine}{buildOutput.Trim()}", diagnostics);
            }

            var resultsFolder = Path.Combine(project, "TestResults");
            if (Directory.Exists(resultsFolder))
            {
                Directory.Delete(resultsFolder, recursive: true); // a stale log must not pass for this run's
            }

            var (testExit, testOutput) = DotnetCli.RunWithin(kata.Manifest.TimeLimit + TimeSpan.FromSeconds(30), project, null,
                "test", "--no-build", "-nologo", "--", $"NUnit.TestOutputXml={resultsFolder}", "NUnit.OutputXmlFolderMode=UseSpecifiedLocation");
            var resultsXml = Path.Combine(resultsFolder, $"{kata.Id}.xml");
            if (testExit is null)
            {
                return KataResult.WithoutTests(kata.Manifest, KataStatus.TimedOut, $"timed out after {kata.Manifest.TimeLimit.TotalSeconds:0.#} s", diagnostics);
            }

            if (!File.Exists(resultsXml) || testOutput.Contains("The active test run was aborted", StringComparison.Ordinal))
            {
                return KataResult.WithoutTests(kata.Manifest, KataStatus.Crashed, $"the test host crashed: {testOutput.Trim().Split('\n').LastOrDefault()?.Trim()}", diagnostics);
            }

            var tests = GradedRules.Append(kata.Manifest, ReadNUnitResults(resultsXml), diagnostics);
            var failed = tests.Count(t => t.Verdict != TestVerdict.Passed);
            var status = failed == 0 ? KataStatus.Passed : KataStatus.Failed;
            var summary = failed == 0 ? $"all {tests.Count} tests passed" : $"{failed} of {tests.Count} tests failed";
            return new KataResult(kata.Id, status, summary, tests, diagnostics, kata.Manifest.Points);
        }
    }

    private string WriteProject(Kata kata, IReadOnlyList<SourceFile> learnerFiles)
    {
        var project = Path.Combine(repositoryRoot, "artifacts", "dotnet-test", kata.Id);
        foreach (var folder in new[] { KataLayout.Source, KataLayout.Tests })
        {
            var path = Path.Combine(project, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }

            Directory.CreateDirectory(path);
        }

        var relativeRoot = Path.GetRelativePath(project, repositoryRoot).Replace('\\', '/');
        WriteIfChanged(Path.Combine(project, $"{kata.Id}.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by mlkata in dotnet-test mode: the kata as a plain test project. -->
              <PropertyGroup>
                <IsPackable>false</IsPackable>
                <IsTestProject>true</IsTestProject>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <Optimize>true</Optimize>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" />
                <PackageReference Include="NUnit" />
                <PackageReference Include="NUnit3TestAdapter" />
                <ProjectReference Include="{relativeRoot}/runner/MlKata.Testing/MlKata.Testing.csproj" />
                <ProjectReference Include="{relativeRoot}/analyzers/MlKata.Analyzers/MlKata.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        // The scaffold's .editorconfig: every rule a warning, so the build prints even suggestion-level ones.
        WriteIfChanged(Path.Combine(project, ".editorconfig"), Templates.ScaffoldFiles.EditorConfig(MlkAnalyzers.RuleIds));
        foreach (var file in learnerFiles)
        {
            File.WriteAllText(Path.Combine(project, KataLayout.Source, file.Path), file.Text);
        }

        foreach (var test in kata.ReadTests())
        {
            File.WriteAllText(Path.Combine(project, test.Path), test.Text);
        }

        return project;
    }

    private static void WriteIfChanged(string path, string text)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }
    }

    private static List<BuildDiagnostic> Diagnostics(string buildOutput) =>
        buildOutput.Split('\n')
            .Select(line => MsBuildDiagnostic().Match(line.Trim()))
            .Where(m => m.Success)
            .Select(m => new BuildDiagnostic(
                m.Groups["id"].Value,
                m.Groups["severity"].Value == "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                KataRelativePath(m.Groups["path"].Value),
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["message"].Value,
                m.Groups["link"].Success ? m.Groups["link"].Value : null))
            .Distinct()
            .ToList();

    // The engine names a learner file "X.cs" and a test "tests/X.cs": so does this.
    private static string KataRelativePath(string path)
    {
        var normalised = path.Replace('\\', '/');
        var source = normalised.LastIndexOf($"/{KataLayout.Source}/", StringComparison.Ordinal);
        var tests = normalised.LastIndexOf($"/{KataLayout.Tests}/", StringComparison.Ordinal);
        return source >= 0 ? normalised[(source + KataLayout.Source.Length + 2)..]
            : tests >= 0 ? normalised[(tests + 1)..]
            : Path.GetFileName(normalised);
    }

    private static List<TestOutcome> ReadNUnitResults(string path) =>
        XDocument.Load(path).Descendants("test-case")
            .Select(test => new TestOutcome(
                $"{((string?)test.Attribute("classname") ?? "").Split('.').Last()}.{(string)test.Attribute("name")!}",
                (string?)test.Attribute("result") switch
                {
                    "Passed" => TestVerdict.Passed,
                    "Skipped" => TestVerdict.Skipped,
                    _ => TestVerdict.Failed,
                },
                ((string?)test.Element("failure")?.Element("message"))?.Trim(),
                (string?)test.Element("failure")?.Element("stack-trace"),
                (string?)test.Element("output"),
                Property(test, MlKata.Testing.TaskAttribute.PropertyName),
                Property(test, MlKata.Testing.PointsAttribute.PropertyName)))
            .ToList();

    // As in the engine: a [TestCase] method's attributes sit on its parameterised-method suite.
    private static int? Property(XElement testCase, string name) =>
        testCase.AncestorsAndSelf()
            .TakeWhile(e => (string?)e.Attribute("type") != "TestFixture")
            .Select(e => e.Element("properties")?.Elements("property").FirstOrDefault(p => (string?)p.Attribute("name") == name))
            .OfType<XElement>()
            .Select(p => int.TryParse((string?)p.Attribute("value"), out var value) ? value : (int?)null)
            .FirstOrDefault();

    [GeneratedRegex(@"^(?<path>[^(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \((?<link>https?://[^)\s]+)\))?(?: \[[^\]]+\])?$")]
    private static partial Regex MsBuildDiagnostic();
}
