namespace MlKata.Core.Catalog;

/// <summary>What a variant of a kata is, and so what its tests must do.</summary>
public enum VariantKind
{
    /// <summary>The stub a learner starts from: every test must fail.</summary>
    Stub,

    /// <summary>The reference solution: every test must pass.</summary>
    Reference,

    /// <summary>A known-wrong solution: at least one test must fail.</summary>
    Mistake,

    /// <summary>Another correct solution (another idiom or data structure): every test must pass.</summary>
    Alternative,
}

/// <summary>One set of learner files for a kata: the stub, the reference, or a mistake.</summary>
/// <param name="Name">"stub", "reference", or the mistake's or alternative's name.</param>
/// <param name="Kind">What the variant is.</param>
/// <param name="LearnerFiles">The learner's files, each named as kata.json names it.</param>
public sealed record KataVariant(string Name, VariantKind Kind, IReadOnlyList<SourceFile> LearnerFiles)
{
    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        VariantKind.Mistake => $"mistake '{Name}'",
        VariantKind.Alternative => $"alternative '{Name}'",
        _ => Name,
    };
}
