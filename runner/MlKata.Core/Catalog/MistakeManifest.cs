namespace MlKata.Core.Catalog;

/// <summary>What kata.json says of one known-wrong solution in <c>mistakes/</c>.</summary>
/// <param name="Description">The mistake in a sentence, as a reviewer would name it.</param>
/// <param name="Rules">The MLK rules that must fire on it (may be empty).</param>
public sealed record MistakeManifest(string Description, IReadOnlyList<string> Rules);
