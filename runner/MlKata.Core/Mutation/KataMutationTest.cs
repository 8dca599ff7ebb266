using System.Diagnostics;
using MlKata.Core.Catalog;

namespace MlKata.Core.Mutation;

/// <summary>
/// Measures how strong a kata's canonical tests are: Stryker mutates the reference solution
/// (its kernels excluded) and the tests must catch the mutants. Writes the project pair, finds
/// the kernels and fences them off, runs Stryker, reads its report.
/// </summary>
public static class KataMutationTest
{
    /// <summary>Mutation-tests <paramref name="kata"/>'s reference against its canonical tests.</summary>
    /// <exception cref="MutationToolException">Stryker or the build failed, or its report is unreadable.</exception>
    public static MutationOutcome Run(string repositoryRoot, Kata kata, int concurrency, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var reference = kata.ReadReference().LearnerFiles;
        var kernels = KernelSpanFinder.Find(reference);
        var project = MutationProject.Write(repositoryRoot, kata, KernelFence.Apply(reference, kernels));
        var json = StrykerRunner.Run(repositoryRoot, project, concurrency, limit);
        try
        {
            return new MutationOutcome(kernels, MutationReportParser.Parse(json), clock.Elapsed);
        }
        catch (FormatException e)
        {
            throw new MutationToolException(e.Message);
        }
    }
}
