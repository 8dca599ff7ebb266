using Microsoft.CodeAnalysis;
using MlKata.Core;
using NUnit.Framework;

namespace MlKata.Analyzers.Tests;

/// <summary>Every rule has a docs page whose title matches its descriptor, and its help link points at that page.</summary>
public sealed class RuleDocumentationTests
{
    private static readonly string DocsFolder = Path.Combine(RepositoryRoot(), "analyzers", "docs");

    private static IEnumerable<TestCaseData> EveryRule() =>
        Rules.All.Select(r => new TestCaseData(r).SetArgDisplayNames(r.Id));

    [TestCaseSource(nameof(EveryRule))]
    public void Rule_has_a_docs_page_titled_like_its_descriptor(DiagnosticDescriptor rule)
    {
        var page = Path.Combine(DocsFolder, rule.Id + ".md");
        Assert.That(page, Does.Exist, $"{rule.Id} needs a page at analyzers/docs/{rule.Id}.md");

        var firstLine = File.ReadLines(page).First();
        Assert.That(firstLine, Is.EqualTo($"# {rule.Id}: {rule.Title}"));
    }

    [TestCaseSource(nameof(EveryRule))]
    public void Help_link_resolves_to_the_rules_page(DiagnosticDescriptor rule)
    {
        Assert.That(rule.HelpLinkUri, Does.StartWith(Rules.DocsBaseUri));
        var relative = rule.HelpLinkUri[Rules.DocsBaseUri.Length..];

        Assert.That(Path.Combine(DocsFolder, relative), Does.Exist, $"{rule.HelpLinkUri} names no file under analyzers/docs");
    }

    [TestCaseSource(nameof(EveryRule))]
    public void Docs_page_has_every_section(DiagnosticDescriptor rule)
    {
        var text = File.ReadAllText(Path.Combine(DocsFolder, rule.Id + ".md"));

        Assert.That(text, Does.Contain("## What it flags").And.Contain("## Why interviewers care").And.Contain("## Wrong")
            .And.Contain("## Right").And.Contain("## Configure").And.Contain($"dotnet_diagnostic.{rule.Id}.severity"));
    }

    [TestCaseSource(nameof(EveryRule))]
    public void Rule_is_listed_in_the_unshipped_release_notes(DiagnosticDescriptor rule)
    {
        var releases = Path.Combine(RepositoryRoot(), "analyzers", "MlKata.Analyzers", "AnalyzerReleases.Unshipped.md");

        Assert.That(File.ReadAllText(releases), Does.Contain($"{rule.Id} | {rule.Category} | {rule.DefaultSeverity} |"));
    }

    [Test]
    public void Every_page_under_docs_belongs_to_a_rule()
    {
        var pages = Directory.EnumerateFiles(DocsFolder, "MLK*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.That(pages, Is.EquivalentTo(Rules.All.Select(r => r.Id)));
    }

    [Test]
    public void Rule_ids_are_unique_and_every_analyzer_rule_is_in_the_list()
    {
        var reported = typeof(Rules).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => ((Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Select(d => d.Id);

        Assert.That(Rules.All.Select(r => r.Id), Is.Unique);
        Assert.That(reported, Is.EquivalentTo(Rules.All.Select(r => r.Id)));
    }

    internal static string RepositoryRoot() =>
        RepositoryLayout.FindRoot(TestContext.CurrentContext.TestDirectory)
        ?? throw new InvalidOperationException($"{RepositoryLayout.SolutionFile} not found above the test directory.");
}
