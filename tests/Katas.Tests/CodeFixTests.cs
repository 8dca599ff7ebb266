using MlKata.Analyzers.CodeFixes;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using NUnit.Framework;

namespace Katas.Tests;

/// <summary>
/// Where a mistake's rule has a lightbulb fix, taking the fix must give code that compiles,
/// passes the kata's tests and no longer raises the rule: a fix that only moves the bug
/// teaches the wrong lesson.
/// </summary>
[Category("Slow")]
public sealed class CodeFixTests
{
    public static IEnumerable<TestCaseData> FixableMistakes() =>
        KataCatalog.KataDirectories(KataSources.KatasFolder)
            .Select(KataCatalog.Load)
            .Where(k => k.Manifest.LearnerFiles.Count == 1)
            .SelectMany(k => k.Manifest.Mistakes
                .SelectMany(m => m.Value.Rules.Where(MlkCodeFixes.Fixes).Select(rule => (Mistake: m.Key, Rule: rule)))
                .Select(m => new TestCaseData(k.Id, m.Mistake, m.Rule).SetArgDisplayNames(k.Id, m.Mistake, m.Rule)));

    [TestCaseSource(nameof(FixableMistakes))]
    public async Task Taking_the_fix_gives_a_passing_solution(string kataId, string mistakeName, string ruleId)
    {
        var kata = KataCatalog.Load(Path.Combine(KataSources.KatasFolder, kataId));
        var mistake = kata.ReadMistakes().Single(m => m.Name == mistakeName).LearnerFiles.Single();

        var fixedText = await CodeFixApplier.ApplyAsync(mistake, ruleId);
        var result = SharedWorker.Checker.Check(kata, [mistake with { Text = fixedText }], "fixed");

        TestContext.Out.WriteLine(fixedText);
        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.Passed), $"{result.Message}{Environment.NewLine}{string.Join(Environment.NewLine, result.Tests.Where(t => t.Verdict != TestVerdict.Passed).Select(t => $"{t.Name}: {t.Summary}"))}");
            Assert.That(result.Diagnostics.Where(d => d.Id == ruleId), Is.Empty, "the fix must silence its rule");
        });
    }

    [Test]
    public void At_least_one_mistake_exercises_each_code_fix()
    {
        var exercised = FixableMistakes().Select(c => (string)c.Arguments[2]!).ToHashSet();
        var fixable = MlkCodeFixes.All.SelectMany(p => p.FixableDiagnosticIds);

        Assert.That(exercised, Is.SupersetOf(fixable), "every code fix should be proven on a kata mistake");
    }
}
