using MlKata.Core.Engine;
using MlKata.Core.Processes;
using NUnit.Framework;

namespace Template.Tests;

/// <summary>
/// For each rule, one kata mistake that kata.json says fires it, copied over the stub of a
/// scaffold: `dotnet build` must print the rule. The scaffold's .editorconfig raises every
/// rule to a warning, so even the suggestion-level ones show.
/// </summary>
public sealed class RuleInScaffoldTests
{
    public static IEnumerable<TestCaseData> OneMistakePerRule() =>
        MlkAnalyzers.RuleIds.Order(StringComparer.Ordinal).Select(rule => new TestCaseData(rule).SetArgDisplayNames(rule));

    [TestCaseSource(nameof(OneMistakePerRule))]
    public void Building_a_scaffold_holding_a_mistake_prints_its_rule(string rule)
    {
        var example = TemplateFixture.Catalog
            .SelectMany(k => k.Manifest.Mistakes.Where(m => m.Value.Rules.Contains(rule)).Select(m => (Kata: k, Mistake: m.Key)))
            .FirstOrDefault();
        if (example.Kata is null)
        {
            Assert.Ignore($"no kata mistake lists {rule} yet");
        }

        var folder = TemplateFixture.Scaffold(example.Kata.Id, $"rule-{rule}");
        foreach (var file in example.Kata.ReadMistakes().Single(m => m.Name == example.Mistake).LearnerFiles)
        {
            File.WriteAllText(Path.Combine(folder, "src", file.Path), file.Text);
        }

        var (exitCode, output) = DotnetCli.Run(folder, null, "build", "-nologo");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain($"warning {rule}:"), $"{example.Kata.Id}/{example.Mistake} should raise {rule} in dotnet build");
    }
}
