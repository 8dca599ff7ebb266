using MlKata.Core;
using MlKata.Core.Catalog;
using NUnit.Framework;

namespace Katas.Tests;

/// <summary>
/// Test cases derived from the katas/ folder at discovery time: one per kata folder and one
/// per variant, so a new kata, alternative or mistake is picked up with no code edited.
/// </summary>
internal static class KataSources
{
    public static string KatasFolder { get; } = RepositoryLayout.KatasFolder(
        RepositoryLayout.FindRoot(TestContext.CurrentContext.TestDirectory)
        ?? throw new InvalidOperationException($"No {RepositoryLayout.SolutionFile} above {TestContext.CurrentContext.TestDirectory}."));

    public static IEnumerable<TestCaseData> KataFolders() =>
        KataCatalog.KataDirectories(KatasFolder)
            .Select(dir => new TestCaseData(Path.GetFileName(dir)).SetArgDisplayNames(Path.GetFileName(dir)));

    public static IEnumerable<TestCaseData> Variants() =>
        Katas().SelectMany(kata => kata.VariantNames().Select(v => Case(kata, v.Name, v.Kind)));

    /// <summary>
    /// The katas on which `dotnet test` must agree with the engine, each chosen for what it
    /// exercises in both runners: the starter kata (its mistakes raise MLK001 and MLK002), a GPU
    /// kata (ILGPU's CPU accelerator) and a kata of threads, waits and timeouts whose mistakes
    /// raise MLK005 and MLK015. Agreement is a property of the two runners, not of a kata, so it
    /// is shown on a few katas whatever the catalog's size; each kata's own tests under a real
    /// build are Template.Tests' solved scaffolds, and each rule's is its rule scaffold there.
    /// </summary>
    public static IReadOnlyList<string> EquivalenceKatas { get; } = ["sliding-window-average", "tiled-matmul", "bounded-blocking-queue"];

    /// <summary>
    /// The variants of <see cref="EquivalenceKatas"/> on which the runners must agree: every
    /// stub, reference and alternative (the tests passing and failing under both), and of the
    /// mistakes, those kata.json expects a rule on (the analyzers agreeing), or the first one
    /// where none does (a partly failing run). GPU katas' mistakes are left out: their kernel
    /// races give run-to-run verdicts on ILGPU's CPU emulator, though every run rejects them.
    /// </summary>
    public static IEnumerable<TestCaseData> EquivalenceSample() =>
        EquivalenceKatas.Select(id => KataCatalog.Load(Path.Combine(KatasFolder, id))).SelectMany(kata => kata.VariantNames()
            .Where(v => v.Kind != VariantKind.Mistake || (!kata.Manifest.Gpu && SampledMistakes(kata).Contains(v.Name)))
            .Select(v => Case(kata, v.Name, v.Kind)));

    private static IReadOnlyList<string> SampledMistakes(Kata kata)
    {
        var withRules = kata.Manifest.Mistakes.Where(m => m.Value.Rules.Count > 0).Select(m => m.Key).ToList();
        return withRules.Count > 0 ? withRules : kata.Manifest.Mistakes.Keys.Order(StringComparer.Ordinal).Take(1).ToList();
    }

    private static IEnumerable<Kata> Katas()
    {
        foreach (var dir in KataCatalog.KataDirectories(KatasFolder))
        {
            Kata kata;
            try
            {
                kata = KataCatalog.Load(dir);
            }
            catch (KataFormatException)
            {
                continue; // KataFolderTests reports the folder; its variants cannot be known
            }

            yield return kata;
        }
    }

    private static TestCaseData Case(Kata kata, string variant, VariantKind kind) =>
        new TestCaseData(kata.Id, variant, kind).SetArgDisplayNames(kata.Id, variant);
}
