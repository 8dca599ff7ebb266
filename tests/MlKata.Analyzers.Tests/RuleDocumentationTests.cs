using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlKata.Analyzers.CodeFixes;
using MlKata.Core;
using NUnit.Framework;

namespace MlKata.Analyzers.Tests;

/// <summary>
/// Every rule has a docs page whose title and header table match its descriptor, carried in the
/// analyzer assembly as it is on disk, a line in the release notes, and a description that says
/// how to read the page; the rule list is exactly what the analyzers report. (The index row is
/// <see cref="RulesIndexTests"/>; the help link, <see cref="HelpLinkTests"/>.)
/// </summary>
public sealed class RuleDocumentationTests
{
    /// <summary>analyzers/docs: one page per rule, and the rules index.</summary>
    internal static readonly string DocsFolder = Path.Combine(RepositoryRoot(), "analyzers", "docs");

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
    public void Docs_page_is_embedded_in_the_analyzer_assembly_as_it_is_on_disk(DiagnosticDescriptor rule)
    {
        var page = Path.Combine(DocsFolder, rule.Id + ".md");

        Assert.That(RulePages.Read(rule.Id), Is.EqualTo(File.ReadAllText(page)), $"the analyzer assembly should carry {page}");
    }

    [Test]
    public void No_page_is_embedded_for_an_id_that_is_no_rule()
    {
        Assert.That(RulePages.Read("MLK999"), Is.Null);
    }

    [TestCaseSource(nameof(EveryRule))]
    public void Description_ends_by_naming_the_command_that_prints_the_page(DiagnosticDescriptor rule)
    {
        Assert.That(rule.Description.ToString(), Does.EndWith($"Run `mlkata explain {rule.Id}` for the rule's page."));
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

    [TestCaseSource(nameof(EveryRule))]
    public void Docs_page_header_agrees_with_the_descriptor_and_the_code_fixes(DiagnosticDescriptor rule)
    {
        var header = File.ReadLines(Path.Combine(DocsFolder, rule.Id + ".md")).Take(10).ToList();
        string Row(string name) => header.SingleOrDefault(l => l.StartsWith($"| {name} | ", StringComparison.Ordinal))?[(name.Length + 5)..] ?? "";

        Assert.Multiple(() =>
        {
            Assert.That(Row("Category"), Is.EqualTo($"{rule.Category} |"));
            Assert.That(Row("Default severity"), Does.StartWith(rule.DefaultSeverity.ToString()));
            var saysNone = Row("Code fix").StartsWith("none", StringComparison.Ordinal) || Row("Code fix").StartsWith("—", StringComparison.Ordinal);
            Assert.That(saysNone, Is.EqualTo(!MlkCodeFixes.Fixes(rule.Id)), $"the page's code fix row, '{Row("Code fix")}'");
        });
    }

    [Test]
    public void Rules_are_ordered_by_id_unique_and_exactly_what_the_analyzers_report()
    {
        var reported = typeof(Rules).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .ToList();
        var ids = Rules.All.Select(r => r.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Not.Empty.And.Unique.And.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(reported.Select(d => d.Id), Is.EquivalentTo(ids), "each rule reported by exactly one analyzer");
            Assert.That(reported, Is.EquivalentTo(Rules.All), "the analyzers report the descriptors of Rules as they are");
        });
    }

    internal static string RepositoryRoot() =>
        RepositoryLayout.FindRoot(TestContext.CurrentContext.TestDirectory)
        ?? throw new InvalidOperationException($"{RepositoryLayout.SolutionFile} not found above the test directory.");
}
