using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using NUnit.Framework;

namespace Template.Tests;

/// <summary>Every kata scaffolds into a project that restores, builds, and passes its tests once solved; a sample fails them honestly untouched.</summary>
[Category("Slow")]
public sealed partial class ScaffoldTests
{
    public static IEnumerable<TestCaseData> EveryKata() =>
        KataCatalog.KataDirectories(MlKata.Core.RepositoryLayout.KatasFolder(TemplateFixture.Root)).Select(d => new TestCaseData(Path.GetFileName(d)).SetArgDisplayNames(Path.GetFileName(d)));

    public static IEnumerable<TestCaseData> StubSample() =>
        TemplateFixture.StubSampleOf(KataCatalog.LoadAll(MlKata.Core.RepositoryLayout.KatasFolder(TemplateFixture.Root))).Select(k => new TestCaseData(k.Id).SetArgDisplayNames(k.Id));

    [TestCaseSource(nameof(EveryKata))]
    public void Scaffold_solved_with_the_reference_builds_silently_and_passes_every_test_for_full_points(string kataId)
    {
        var kata = TemplateFixture.Catalog.Single(k => k.Id == kataId);
        var folder = TemplateFixture.SolvedScaffold(kataId);
        var diagnostics = BuiltWithoutErrors(folder);
        var tests = TestedIn(folder);

        // What a learner who solved the kata sees under `dotnet test`, in the Debug build an IDE makes.
        var result = KataResult.FromTests(kata.Manifest, GradedRules.Append(kata.Manifest, tests, diagnostics), diagnostics);
        Assert.Multiple(() =>
        {
            Assert.That(tests.Where(t => t.Verdict != TestVerdict.Passed).Select(t => $"{t.Name}: {t.Summary}"), Is.Empty, "tests the reference failed");
            Assert.That(result.PointsEarned, Is.EqualTo(kata.Manifest.Points), "points");
            Assert.That(diagnostics.Where(d => d.Id.StartsWith("MLK", StringComparison.Ordinal)).Select(d => $"{d.Id} {d.Path}:{d.Line}"), Is.Empty,
                "no MLK hint on a reference");
        });
    }

    [TestCaseSource(nameof(StubSample))]
    public void Scaffold_builds_and_every_test_fails_by_assertion_or_NotImplementedException(string kataId)
    {
        var folder = TemplateFixture.StubScaffold(kataId);
        BuiltWithoutErrors(folder);
        var results = TestedIn(folder);

        Assert.Multiple(() =>
        {
            Assert.That(results.Where(r => r.Verdict != TestVerdict.Failed).Select(r => r.Name), Is.Empty, "tests that did not fail on the stub");
            Assert.That(results.Where(r => !IsAssertionOrNotImplemented(r.Message ?? "")).Select(r => $"{r.Name}: {r.Message}"), Is.Empty,
                "every test should fail by an assertion or the stub's NotImplementedException");
        });
    }

    // dotnet new hides restore failures: the build is what proves the packages resolved.
    private static IReadOnlyList<BuildDiagnostic> BuiltWithoutErrors(string folder)
    {
        var diagnostics = TemplateFixture.Build.DiagnosticsOf(Path.Combine(TemplateFixture.Work, folder));
        Assert.That(diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error), Is.Empty, TemplateFixture.Build.BuildOutput);
        return diagnostics;
    }

    private static IReadOnlyList<TestOutcome> TestedIn(string folder)
    {
        var results = TemplateFixture.Build.TestsOf(folder);
        Assert.That(results, Is.Not.Null.And.Not.Empty, $"no test results for {folder}:{Environment.NewLine}{TemplateFixture.Build.TestOutput}");
        return results!;
    }

    [TestCaseSource(nameof(EveryKata))]
    public void Scaffold_holds_the_learner_files_and_nothing_of_the_solution_or_mistakes(string kataId)
    {
        var kata = TemplateFixture.Catalog.Single(k => k.Id == kataId);
        var folder = TemplateFixture.SolvedScaffold(kataId);
        var files = TemplateFixture.Build.ScaffoldedFiles(folder);
        var secrets = kata.ReadVariants().Where(v => v.Kind != VariantKind.Stub).SelectMany(v => v.LearnerFiles).Select(f => f.Text.Trim()).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(files.Keys, Is.SupersetOf(new[] { "kata.json", "README.md", ".editorconfig", "Directory.Build.props", "nuget.config", $"{folder}.csproj" }));
            Assert.That(files.Keys, Is.SupersetOf(kata.Manifest.LearnerFiles.Select(f => $"src/{f}")));
            Assert.That(files.Keys, Is.SupersetOf(kata.ReadTests().Select(t => t.Path)));
            Assert.That(files.Keys.Where(f => f.StartsWith("solution/", StringComparison.Ordinal) || f.StartsWith("mistakes/", StringComparison.Ordinal)), Is.Empty);
            Assert.That(files.Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal) && secrets.Contains(f.Value.Trim())).Select(f => f.Key), Is.Empty,
                "no file may hold the reference solution or a mistake");
        });
    }

    [Test]
    public void Dotnet_new_restores_the_scaffold_so_that_editors_show_hints_at_once_unless_told_not_to()
    {
        var restored = Path.Combine(TemplateFixture.Work, "restored");
        var unrestored = Path.Combine(TemplateFixture.Work, "unrestored");

        var (exitCode, output) = TemplateFixture.DotnetNew("--kata", "sliding-window-average", "-o", restored, "--feed", TemplateFixture.Feed);
        var (skipExitCode, skipOutput) = TemplateFixture.DotnetNew("--kata", "sliding-window-average", "-o", unrestored, "--feed", TemplateFixture.Feed, "--no-restore");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(Path.Combine(restored, "obj", "project.assets.json"), Does.Exist, output);
            Assert.That(skipExitCode, Is.Zero, skipOutput);
            Assert.That(Path.Combine(unrestored, "obj"), Does.Not.Exist, "--no-restore");
        });
    }

    // Without a feed MlKata's packages cannot be found: restoring is not what these tests are about.
    [Test]
    public void Without_feed_there_is_no_nuget_config()
    {
        var target = Path.Combine(TemplateFixture.Work, "no-feed");
        var (exitCode, output) = TemplateFixture.DotnetNew("--kata", "sliding-window-average", "-o", target, "--no-restore");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(Path.Combine(target, "nuget.config"), Does.Not.Exist);
    }

    [Test]
    public void Help_lists_every_kata_with_its_title()
    {
        var (exitCode, output) = TemplateFixture.DotnetNew("--help");

        Assert.That(exitCode, Is.Zero, output);
        foreach (var kata in TemplateFixture.Catalog)
        {
            Assert.That(output, Does.Contain(kata.Id));
        }
    }

    [Test]
    public void An_unknown_kata_fails_and_lists_the_valid_ids()
    {
        var (exitCode, output) = TemplateFixture.DotnetNew("--kata", "no-such-kata", "-o", Path.Combine(TemplateFixture.Work, "unknown"));

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(output, Does.Contain("no-such-kata").And.Contain(TemplateFixture.Catalog[0].Id));
    }

    [Test]
    public void With_no_kata_the_starter_kata_is_scaffolded()
    {
        var target = Path.Combine(TemplateFixture.Work, "default-kata");
        var (exitCode, output) = TemplateFixture.DotnetNew("-o", target, "--no-restore");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(Path.Combine(target, "src", "SlidingWindowAverage.cs"), Does.Exist);
    }

    // NUnit starts a message with "Type : …" only when a test dies of an unexpected exception;
    // an assertion's message never does. The stub's own NotImplementedException is expected.
    private static bool IsAssertionOrNotImplemented(string message) =>
        UnexpectedException().Match(message.TrimStart()) is not { Success: true } match ||
        match.Groups["type"].Value == "System.NotImplementedException";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<type>[\w.]+(Exception|Error)) : ")]
    private static partial System.Text.RegularExpressions.Regex UnexpectedException();
}
