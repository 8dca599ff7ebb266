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
    /// The variants on which `dotnet test` must agree with the engine. Every stub, reference and
    /// alternative (each kata's tests passing and failing under both runners), and of the
    /// mistakes, those kata.json expects a rule on (the analyzers agreeing), or the first one
    /// where none does (a partly failing run). The other mistakes are more learner code through
    /// the same compile options and runners, so they would add build time, not evidence. GPU
    /// katas' mistakes are left out: their kernel races give run-to-run verdicts on ILGPU's CPU
    /// emulator, though every run rejects them.
    /// </summary>
    public static IEnumerable<TestCaseData> EquivalenceSample() =>
        Katas().SelectMany(kata => kata.VariantNames()
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
