using MlKata.Core.Catalog;
using MlKata.Core.Engine;

namespace MlKata.Core.Verification;

/// <summary>Whether a variant of a kata behaves as its kind requires, and if not, why.</summary>
/// <param name="KataId">The kata.</param>
/// <param name="Variant">The variant checked.</param>
/// <param name="Result">What the engine found.</param>
/// <param name="Problems">Each way the variant misses its expectation; empty when it meets it.</param>
public sealed record VariantVerdict(string KataId, KataVariant Variant, KataResult Result, IReadOnlyList<string> Problems)
{
    /// <summary>Whether the variant meets its expectation.</summary>
    public bool Ok => Problems.Count == 0;

    /// <summary>The tests that failed, with their first message line: what rejected a mistake.</summary>
    public IEnumerable<TestOutcome> FailingTests => Result.Tests.Where(t => t.Verdict != TestVerdict.Passed);

    /// <summary>A readable account of the verdict, for test failures and `mlkata verify`.</summary>
    public string Describe()
    {
        var lines = new List<string> { $"{KataId} {Variant}: {(Ok ? "ok" : "NOT OK")} ({Result.Status}: {Result.Message})" };
        lines.AddRange(Problems.Select(p => $"  - {p}"));
        return string.Join(Environment.NewLine, lines);
    }
}
