using MlKata.Core;
using MlKata.Core.Catalog;
using NUnit.Framework;

namespace Katas.Tests;

/// <summary>
/// Test cases derived from the katas/ folder at discovery time: one per kata folder and one
/// per variant, so a new kata or mistake is picked up with no code edited.
/// </summary>
internal static class KataSources
{
    public static string KatasFolder { get; } = RepositoryLayout.KatasFolder(
        RepositoryLayout.FindRoot(TestContext.CurrentContext.TestDirectory)
        ?? throw new InvalidOperationException($"No {RepositoryLayout.SolutionFile} above {TestContext.CurrentContext.TestDirectory}."));

    public static IEnumerable<TestCaseData> KataFolders() =>
        KataCatalog.KataDirectories(KatasFolder)
            .Select(dir => new TestCaseData(Path.GetFileName(dir)).SetArgDisplayNames(Path.GetFileName(dir)));

    public static IEnumerable<TestCaseData> Variants() => VariantsWhere(_ => true);

    /// <summary>
    /// The variants whose per-test verdicts are the same on every run: all of them, except the
    /// mistakes of GPU katas. Those include races (a missing barrier) whose kernel verdicts on
    /// ILGPU's CPU emulator vary from run to run, though every run rejects the mistake.
    /// </summary>
    public static IEnumerable<TestCaseData> DeterministicVariants() =>
        VariantsWhere(kata => !kata.Manifest.Gpu);

    private static IEnumerable<TestCaseData> VariantsWhere(Func<Kata, bool> includeMistakes)
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
                continue; // Catalog tests report the folder; its variants cannot be known
            }

            yield return Case(kata, "stub");
            yield return Case(kata, "reference");
            if (!includeMistakes(kata))
            {
                continue;
            }

            foreach (var mistake in kata.Manifest.Mistakes.Keys.Order(StringComparer.Ordinal))
            {
                yield return Case(kata, mistake);
            }
        }
    }

    private static TestCaseData Case(Kata kata, string variant) =>
        new TestCaseData(kata.Id, variant).SetArgDisplayNames(kata.Id, variant);
}
