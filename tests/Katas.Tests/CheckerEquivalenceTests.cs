using MlKata.Core;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Engine.DotnetTest;
using NUnit.Framework;

namespace Katas.Tests;

/// <summary>
/// The in-memory engine (in its workers) and `dotnet test` give the same verdicts: the same
/// status and the same MLK rules on the learner's files, and for the stub, the reference and
/// the alternatives the same verdict per test and the same points. The fast path is only worth having if it is faithful. The `dotnet test` side checks
/// every sampled variant (see <see cref="KataSources.EquivalenceSample"/>) in one batch: one
/// restore, one parallel build, one test run.
/// </summary>
[Category("Slow")]
[Parallelizable(ParallelScope.Children)]
public sealed class CheckerEquivalenceTests
{
    private static readonly TimeSpan BatchAllowance = TimeSpan.FromMinutes(10);
    private IReadOnlyDictionary<string, KataResult> _dotnetTest = null!;

    [OneTimeSetUp]
    public void RunTheSampleThroughDotnetTest()
    {
        var root = RepositoryLayout.FindRoot(TestContext.CurrentContext.TestDirectory)!;
        var jobs = KataSources.EquivalenceSample()
            .Select(c => Job((string)c.Arguments[0]!, (string)c.Arguments[1]!, (VariantKind)c.Arguments[2]!))
            .ToList();
        _dotnetTest = new DotnetTestBatch(root).Check(jobs, BatchAllowance);
    }

    [TestCaseSource(typeof(KataSources), nameof(KataSources.EquivalenceSample))]
    public void Engine_and_dotnet_test_agree(string kataId, string variantName, VariantKind kind)
    {
        var job = Job(kataId, variantName, kind);
        var engine = SharedWorker.Checker.Check(job.Kata, job.Variant.LearnerFiles, job.Variant.Name);
        var dotnet = _dotnetTest[job.ProjectName];

        Assert.Multiple(() =>
        {
            Assert.That(dotnet.Status, Is.EqualTo(engine.Status), $"engine: {engine.Message}; dotnet test: {dotnet.Message}");
            Assert.That(LearnerRules(dotnet, job.Variant), Is.EquivalentTo(LearnerRules(engine, job.Variant)), "MLK rules on the learner's files");

            // A mistake may be a race (a lock that excludes nobody): which of its tests catch it
            // varies from run to run in either runner, so only its rejection must agree.
            if (kind != VariantKind.Mistake)
            {
                Assert.That(Verdicts(dotnet), Is.EquivalentTo(Verdicts(engine)), "per-test verdicts");
                Assert.That(dotnet.PointsEarned, Is.EqualTo(engine.PointsEarned), "points");
            }
        });
    }

    private static DotnetTestBatch.Job Job(string kataId, string variantName, VariantKind kind)
    {
        var kata = KataCatalog.Load(Path.Combine(KataSources.KatasFolder, kataId));
        return new DotnetTestBatch.Job(kata, kata.ReadVariant(variantName, kind));
    }

    private static IEnumerable<string> Verdicts(KataResult result) =>
        result.Tests.Select(t => $"{t.Name}: {t.Verdict}");

    private static IEnumerable<string> LearnerRules(KataResult result, KataVariant variant) =>
        result.Diagnostics
            .Where(d => d.Id.StartsWith("MLK", StringComparison.Ordinal) && variant.LearnerFiles.Any(f => f.Path == d.Path))
            .Select(d => $"{d.Id} {d.Path}:{d.Line}")
            .Distinct();
}
