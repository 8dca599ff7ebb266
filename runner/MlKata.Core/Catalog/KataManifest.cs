namespace MlKata.Core.Catalog;

/// <summary>The contents of a kata's kata.json, validated.</summary>
/// <param name="Id">Kebab-case id, equal to the kata's folder name.</param>
/// <param name="Title">One line for listings.</param>
/// <param name="Level">Easy, medium or hard.</param>
/// <param name="Track">The track the kata belongs to (see <see cref="KataTracks"/>).</param>
/// <param name="Topics">Keywords for search and listings.</param>
/// <param name="LearnerFiles">The files under src/ the learner edits; grading takes only these from a submission.</param>
/// <param name="Points">Total points; equals the sum of the tests' [Points] and the graded rules' points.</param>
/// <param name="TimeLimit">How long one run of the kata's tests may take before it counts as timed out.</param>
/// <param name="Gpu">Whether the kata has an ILGPU kernel task.</param>
/// <param name="Hints">Hints by task, each task's in the order they are revealed.</param>
/// <param name="Mistakes">Each file stem in mistakes/ and what it gets wrong.</param>
/// <param name="GradedRules">MLK rules that score like a test, by rule id (see <see cref="Engine.GradedRules"/>).</param>
public sealed record KataManifest(
    string Id,
    string Title,
    KataLevel Level,
    string Track,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> LearnerFiles,
    int Points,
    TimeSpan TimeLimit,
    bool Gpu,
    KataHints Hints,
    IReadOnlyDictionary<string, MistakeManifest> Mistakes,
    IReadOnlyDictionary<string, GradedRule> GradedRules)
{
    /// <summary>
    /// Whether learner code may use file APIs (kata.json <c>tempFiles</c>): a checkpoint kata writes
    /// in a temp folder, which the grading sandbox keeps private. Otherwise the submission policy
    /// forbids them.
    /// </summary>
    public bool TempFiles { get; init; }

    /// <summary>The MLK rules the kata's mistakes raise, ordered by id: each mistake names its own, so the kata keeps no list of them.</summary>
    public IReadOnlyList<string> Rules => Mistakes.Values.SelectMany(m => m.Rules).Distinct().Order(StringComparer.Ordinal).ToList();
}
