using MlKata.Core;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Engine.DotnetTest;
using NUnit.Framework;

namespace Katas.Tests;

/// <summary>
/// The in-memory engine (in its worker) and `dotnet test` give the same verdicts on every
/// variant of every kata: the same status, the same verdict per test, the same points, and
/// the same MLK rules on the learner's files. The fast path is only worth having if it is
/// faithful. GPU katas' mistakes are left out: their kernel races give run-to-run verdicts.
/// </summary>
public sealed class CheckerEquivalenceTests
{
    private static readonly Lazy<DotnetTestChecker> DotnetTest = new(() =>
        new DotnetTestChecker(RepositoryLayout.FindRoot(TestContext.CurrentContext.TestDirectory)!));

    [TestCaseSource(typeof(KataSources), nameof(KataSources.DeterministicVariants))]
    public void Engine_and_dotnet_test_agree(string kataId, string variantName)
    {
        var kata = KataCatalog.Load(Path.Combine(KataSources.KatasFolder, kataId));
        var variant = kata.ReadVariants().Single(v => v.Name == variantName);

        var engine = SharedWorker.Checker.Check(kata, variant.LearnerFiles, variant.Name);
        var dotnet = DotnetTest.Value.Check(kata, variant.LearnerFiles, variant.Name);

        Assert.Multiple(() =>
        {
            Assert.That(dotnet.Status, Is.EqualTo(engine.Status), $"engine: {engine.Message}; dotnet test: {dotnet.Message}");
            Assert.That(Verdicts(dotnet), Is.EquivalentTo(Verdicts(engine)), "per-test verdicts");
            Assert.That(dotnet.PointsEarned, Is.EqualTo(engine.PointsEarned), "points");
            Assert.That(LearnerRules(dotnet, variant), Is.EquivalentTo(LearnerRules(engine, variant)), "MLK rules on the learner's files");
        });
    }

    private static IEnumerable<string> Verdicts(KataResult result) =>
        result.Tests.Select(t => $"{t.Name}: {t.Verdict}");

    private static IEnumerable<string> LearnerRules(KataResult result, KataVariant variant) =>
        result.Diagnostics
            .Where(d => d.Id.StartsWith("MLK", StringComparison.Ordinal) && variant.LearnerFiles.Any(f => f.Path == d.Path))
            .Select(d => $"{d.Id} {d.Path}:{d.Line}")
            .Distinct();
}
