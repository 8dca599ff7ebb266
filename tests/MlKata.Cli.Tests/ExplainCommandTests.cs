using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using MlKata.Analyzers;
using NUnit.Framework;

namespace MlKata.Cli.Tests;

/// <summary>
/// `mlkata explain` prints a rule's page readably, from the page embedded in the analyzers, in
/// a folder far from any checkout; lists the rules; and refuses an id that is no rule.
/// </summary>
public sealed partial class ExplainCommandTests
{
    private static readonly string DocsFolder = Path.Combine(Learner.Root, "analyzers", "docs");

    private static IEnumerable<TestCaseData> EveryRule() =>
        Rules.All.Select(r => new TestCaseData(r).SetArgDisplayNames(r.Id));

    [TestCaseSource(nameof(EveryRule))]
    public void Explain_prints_the_rules_page_as_text_with_its_code_indented(DiagnosticDescriptor rule)
    {
        var page = File.ReadAllText(Path.Combine(DocsFolder, rule.Id + ".md"));

        var (exitCode, output) = Learner.Run(Path.GetTempPath(), "explain", rule.Id);

        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var prose = lines.Where(l => !l.StartsWith(' ')).ToList(); // code is indented, and may hold anything
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(lines[0], Is.EqualTo($"{rule.Id}: {rule.Title}"), "the title, without its '#'");
            Assert.That(lines, Does.Contain("What it flags").And.Contain("Why interviewers care").And.Contain("Wrong").And.Contain("Right").And.Contain("Configure"));
            Assert.That(lines, Has.Some.Match($@"^Default severity\s+{rule.DefaultSeverity}\b"), "the header table as names and values");
            Assert.That(lines, Does.Contain("    " + FirstCodeLine(page)), "code blocks indented by four spaces");
            Assert.That(prose.Where(l => l.StartsWith('#') || l.StartsWith('|') || MarkdownPunctuation().IsMatch(l)), Is.Empty, "no markdown left in the prose");
        });
    }

    [Test]
    public void Explain_takes_the_id_in_any_case()
    {
        var (exitCode, output) = Learner.Run(Path.GetTempPath(), "explain", "mlk005");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.StartWith("MLK005: Lock on a fresh object"));
    }

    [Test]
    public void Explain_with_no_id_lists_every_rule_with_its_title_and_severity()
    {
        var (exitCode, output) = Learner.Run(Path.GetTempPath(), "explain");

        Assert.That(exitCode, Is.Zero, output);
        foreach (var rule in Rules.All)
        {
            Assert.That(output, Does.Match($@"{rule.Id}\W+{Regex.Escape(rule.Title.ToString())}\W+{rule.DefaultSeverity}\b"));
        }
    }

    [Test]
    public void Explain_of_an_id_that_is_no_rule_is_bad_input_and_names_the_rules()
    {
        var (exitCode, output) = Learner.Run(Path.GetTempPath(), "explain", "MLK999");

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("Unknown rule 'MLK999'").And.Contain(Rules.All[0].Id));
    }

    private static string FirstCodeLine(string page)
    {
        var lines = page.ReplaceLineEndings("\n").Split('\n');
        var fence = Array.FindIndex(lines, l => l.StartsWith("```", StringComparison.Ordinal));
        return lines.Skip(fence + 1).First(l => l.Length > 0);
    }

    // Inline code, strong emphasis, a link or a fence, as markdown writes them.
    [GeneratedRegex(@"`|\*\*|\]\(")]
    private static partial Regex MarkdownPunctuation();
}
