using MlKata.Core.Catalog;
using MlKata.Core.Verification;
using NUnit.Framework;

namespace Katas.Tests;

/// <summary>
/// Each variant of each kata behaves as its kind requires; the checking is the engine's and
/// the verifier's (the same code `mlkata dev verify` runs), not this project's, and learner code
/// runs in worker processes, as it does for a learner, one variant per worker at a time.
/// </summary>
[Category("Slow")]
[Parallelizable(ParallelScope.Children)]
public sealed class KataVariantTests
{
    [TestCaseSource(typeof(KataSources), nameof(KataSources.Variants))]
    public void Variant_meets_its_expectation(string kataId, string variantName, VariantKind kind)
    {
        var kata = KataCatalog.Load(Path.Combine(KataSources.KatasFolder, kataId));

        var verdict = KataVerifier.Verify(kata, variantName, kind, SharedWorker.Checker);

        foreach (var test in verdict.FailingTests.Where(_ => kind == VariantKind.Mistake))
        {
            TestContext.Out.WriteLine($"rejected by {test.Name}: {test.Summary}");
        }

        Assert.That(verdict.Ok, Is.True, verdict.Describe());
    }
}
