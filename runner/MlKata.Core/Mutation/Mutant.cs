namespace MlKata.Core.Mutation;

/// <summary>One mutant: where, what changed, and what became of it.</summary>
/// <param name="File">The mutated file's name (<c>SlidingWindowAverage.cs</c>).</param>
/// <param name="Line">The 1-based line where the mutation starts.</param>
/// <param name="Mutator">Stryker's name for the mutation (<c>Equality mutation</c>).</param>
/// <param name="Original">The source text it replaced.</param>
/// <param name="Replacement">What it put there.</param>
/// <param name="Status">What became of it.</param>
public sealed record Mutant(string File, int Line, string Mutator, string Original, string Replacement, MutantStatus Status)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Mutator}: {Original} -> {Replacement}";
}
