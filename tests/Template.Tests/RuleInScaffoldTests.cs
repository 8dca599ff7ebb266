using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using NUnit.Framework;

namespace Template.Tests;

/// <summary>
/// For each rule, code that breaks it, copied into a scaffold: `dotnet build` must print the
/// rule. The code is a kata mistake that kata.json says fires the rule; where no mistake can
/// (a kernel compiled per call, a leaked buffer or double precision give right answers, so no
/// test rejects them), it is the rule's example in RuleExamples, added to a GPU kata's
/// scaffold. The scaffold's .editorconfig raises every rule to a warning, so even the
/// suggestion-level ones show.
/// </summary>
[Category("Slow")]
public sealed class RuleInScaffoldTests
{
    private static readonly string Examples = Path.Combine(TemplateFixture.Root, "tests", "Template.Tests", "RuleExamples");

    public static IEnumerable<TestCaseData> EveryRule() =>
        MlkAnalyzers.RuleIds.Order(StringComparer.Ordinal).Select(rule => new TestCaseData(rule).SetArgDisplayNames(rule));

    [TestCaseSource(nameof(EveryRule))]
    public void Building_a_scaffold_holding_code_that_breaks_a_rule_prints_it(string rule)
    {
        var (_, what, _) = CodeBreaking(rule);
        var folder = TemplateFixture.RuleScaffold(rule);

        var diagnostics = TemplateFixture.Build.DiagnosticsOf(Path.Combine(TemplateFixture.Work, folder));

        // Hints are warnings and the build goes on; the submission policy (MLK900) is an error by design.
        Assert.That(diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Id != rule), Is.Empty, TemplateFixture.Build.BuildOutput);
        Assert.That(diagnostics.Select(d => d.Id), Does.Contain(rule), $"{what} should raise {rule} in dotnet build of {folder}");
    }

    internal static (Kata Kata, string What, IReadOnlyList<SourceFile> Files) CodeBreaking(string rule)
    {
        var mistake = TemplateFixture.Catalog
            .SelectMany(k => k.Manifest.Mistakes.Where(m => m.Value.Rules.Contains(rule)).Select(m => (Kata: k, Name: m.Key)))
            .FirstOrDefault();
        if (mistake.Kata is not null)
        {
            var files = mistake.Kata.ReadMistakes().Single(m => m.Name == mistake.Name).LearnerFiles;
            return (mistake.Kata, $"{mistake.Kata.Id}/{mistake.Name}", files);
        }

        var example = Path.Combine(Examples, $"{rule}.cs");
        Assert.That(File.Exists(example), Is.True, $"{rule} needs a kata mistake that lists it, or an example at {example}");
        var gpuKata = TemplateFixture.Catalog.First(k => k.Manifest.Gpu); // its scaffold references ILGPU
        return (gpuKata, $"RuleExamples/{rule}.cs", [new SourceFile($"{rule}Example.cs", File.ReadAllText(example))]);
    }
}
