using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;

namespace MlKata.Analyzers.Tests;

/// <summary>
/// A rule's help link comes from the build's MlKataDocsUrl, and there is none without it. (That
/// every analyzer reports through <see cref="HelpLinks"/> is checked by each rule's own tests:
/// see <see cref="Verify{TAnalyzer}"/>.)
/// </summary>
public sealed class HelpLinkTests
{
    /// <summary>A link template as a group would set it, with the page's name made of the id.</summary>
    internal const string DocsUrl = "https://docs.example/mlkata/rules/{id}.html";

    private static IEnumerable<TestCaseData> EveryRule() =>
        Rules.All.Select(r => new TestCaseData(r).SetArgDisplayNames(r.Id));

    /// <summary>What <see cref="DocsUrl"/> makes for rule <paramref name="id"/>.</summary>
    internal static string LinkOf(string id) => $"https://docs.example/mlkata/rules/{id}.html";

    [TestCaseSource(nameof(EveryRule))]
    public void Without_MlKataDocsUrl_a_rule_reports_with_its_own_descriptor_which_has_no_link(DiagnosticDescriptor rule)
    {
        var reported = HelpLinks.For(rule, new AnalyzerOptions([]));

        Assert.That(reported, Is.SameAs(rule));
        Assert.That(reported.HelpLinkUri, Is.Empty);
    }

    [TestCaseSource(nameof(EveryRule))]
    public void With_MlKataDocsUrl_a_rule_reports_as_itself_with_the_link_to_its_page(DiagnosticDescriptor rule)
    {
        var options = Options(DocsUrl);

        var reported = HelpLinks.For(rule, options);

        Assert.Multiple(() =>
        {
            Assert.That(reported.HelpLinkUri, Is.EqualTo(LinkOf(rule.Id)));
            Assert.That(reported.Id, Is.EqualTo(rule.Id));
            Assert.That(reported.Title, Is.EqualTo(rule.Title));
            Assert.That(reported.MessageFormat, Is.EqualTo(rule.MessageFormat));
            Assert.That(reported.Category, Is.EqualTo(rule.Category));
            Assert.That(reported.DefaultSeverity, Is.EqualTo(rule.DefaultSeverity));
            Assert.That(reported.Description, Is.EqualTo(rule.Description));
            Assert.That(HelpLinks.For(rule, options), Is.SameAs(reported), "one copy per rule and link, not one per diagnostic");
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    public void A_blank_MlKataDocsUrl_means_no_link(string value)
    {
        var rule = Rules.All[0];

        Assert.That(HelpLinks.For(rule, Options(value)), Is.SameAs(rule));
    }

    private static AnalyzerOptions Options(string docsUrl) =>
        new([], new GlobalOptionsOnly(ImmutableDictionary<string, string>.Empty.Add($"build_property.{HelpLinks.Property}", docsUrl)));

    // The global analyzer config MSBuild writes for CompilerVisibleProperty items, and nothing per file.
    private sealed class GlobalOptionsOnly(ImmutableDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions None = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
