namespace MlKata.Core.Mutation;

/// <summary>
/// A mutation run's mutants. The score is the share of valid mutants the tests caught:
/// (Killed + Timeout) / (Killed + Timeout + Survived + NoCoverage), as mutation-testing-elements
/// and Stryker define it; CompileError and RuntimeError mutants are invalid, and Ignored or
/// Pending ones were never tested, so none of those count either way.
/// </summary>
public sealed record MutationReport(IReadOnlyList<Mutant> Mutants)
{
    /// <summary>The mutants the tests caught.</summary>
    public int Detected => Count(MutantStatus.Killed) + Count(MutantStatus.Timeout);

    /// <summary>The mutants that count towards the score.</summary>
    public int Valid => Detected + Count(MutantStatus.Survived) + Count(MutantStatus.NoCoverage);

    /// <summary>The score in percent; null when no mutant was valid (nothing to measure).</summary>
    public double? Score => Valid == 0 ? null : 100.0 * Detected / Valid;

    /// <summary>The mutants the tests missed: survivors, then those no test ran, each by file and line.</summary>
    public IEnumerable<Mutant> Missed =>
        Mutants.Where(m => m.Status is MutantStatus.Survived or MutantStatus.NoCoverage)
            .OrderBy(m => m.Status)
            .ThenBy(m => m.File, StringComparer.Ordinal)
            .ThenBy(m => m.Line);

    /// <summary>How many mutants ended in <paramref name="status"/>.</summary>
    public int Count(MutantStatus status) => Mutants.Count(m => m.Status == status);
}
