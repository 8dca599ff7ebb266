using System.Text;
using Microsoft.CodeAnalysis;
using MlKata.Analyzers.CodeFixes;
using NUnit.Framework;

namespace MlKata.Analyzers.Tests;

/// <summary>
/// analyzers/docs/README.md, the rules index, is generated from the descriptors and the code
/// fixes: a rule added, renamed or given a fix without regenerating it fails here, and the
/// message holds the text to commit. Regenerate it with
/// <c>MLKATA_UPDATE_DOCS=1 dotnet test tests/MlKata.Analyzers.Tests --filter "FullyQualifiedName~RulesIndexTests"</c>.
/// </summary>
public sealed class RulesIndexTests
{
    private const string UpdateVariable = "MLKATA_UPDATE_DOCS";
    private const string UpdateCommand = $"{UpdateVariable}=1 dotnet test tests/MlKata.Analyzers.Tests --filter \"FullyQualifiedName~RulesIndexTests\"";

    private static readonly string IndexPath = Path.Combine(RuleDocumentationTests.DocsFolder, "README.md");

    [Test]
    public void Rules_index_lists_every_rule_as_the_descriptors_say()
    {
        var expected = Expected();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(IndexPath, expected);
            Assert.Pass($"{UpdateVariable}=1: rewrote {IndexPath}");
        }

        var actual = File.Exists(IndexPath) ? File.ReadAllText(IndexPath).ReplaceLineEndings("\n") : "(no file)";

        Assert.That(actual, Is.EqualTo(expected),
            $"analyzers/docs/README.md is out of date; regenerate it with `{UpdateCommand}`. Expected text:\n{expected}");
    }

    private static string Expected()
    {
        var text = new StringBuilder()
            .Append("<!-- Generated from the rule descriptors and code fixes by RulesIndexTests; regenerate it with\n")
            .Append($"     {UpdateCommand} -->\n")
            .Append("# MLK rules\n\n")
            .Append("Each rule's page says what it flags, why an interviewer cares, wrong and right code, and how\n")
            .Append("to change its severity (`dotnet_diagnostic.<id>.severity` in .editorconfig).\n\n")
            .Append("`mlkata explain <id>` prints a page in the terminal, and `mlkata explain` lists the rules: the\n")
            .Append("pages are embedded in the analyzer assembly, so they are there wherever the analyzers or the\n")
            .Append("mlkata tool are installed, with no web host.\n\n")
            .Append("**Help links.** By default a rule has none (its description says to run `mlkata explain <id>`):\n")
            .Append("no address is baked into the analyzers, because these pages are published wherever a group\n")
            .Append($"chooses, or nowhere. A group that publishes them sets the MSBuild property `{HelpLinks.Property}` once,\n")
            .Append($"for instance in its Directory.Build.props, to a URL in which `{HelpLinks.IdPlaceholder}` stands for the rule's id:\n\n")
            .Append("```xml\n")
            .Append($"<{HelpLinks.Property}>https://github.com/your-group/mlkata/blob/main/analyzers/docs/{HelpLinks.IdPlaceholder}.md</{HelpLinks.Property}>\n")
            .Append("```\n\n")
            .Append("IDEs and `dotnet build` then show each rule's link: the MlKata.Analyzers package makes the\n")
            .Append("property visible to the analyzers.\n\n")
            .Append("| Rule | Title | Category | Default severity | Code fix |\n")
            .Append("|---|---|---|---|---|\n");
        foreach (var rule in Rules.All)
        {
            text.Append($"| [{rule.Id}]({rule.Id}.md) | {Cell(rule.Title)} | {rule.Category} | {rule.DefaultSeverity} | {(MlkCodeFixes.Fixes(rule.Id) ? "yes" : "no")} |\n");
        }

        return text.ToString();
    }

    private static string Cell(LocalizableString text) => text.ToString().Replace("|", "\\|", StringComparison.Ordinal);
}
