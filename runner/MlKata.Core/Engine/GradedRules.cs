using System.Text.RegularExpressions;
using MlKata.Core.Catalog;

namespace MlKata.Core.Engine;

/// <summary>
/// Scores kata.json's graded rules like tests. Some properties no test can show: a double-checked
/// lock without a volatile read behaves on x64 exactly like a correct one. For those an MLK rule
/// is the grader: each graded rule adds one outcome, <c>Rules.MLK019_&lt;title&gt;</c>, which passes
/// when the rule is silent on the learner's files and every test of its task passed (so a stub,
/// silent because it does nothing, earns nothing). Both checkers call this, so the in-memory
/// engine and `dotnet test` give the same verdicts.
/// </summary>
public static partial class GradedRules
{
    /// <summary>The fixture-like prefix of a graded rule's outcome name.</summary>
    public const string NamePrefix = "Rules.";

    /// <summary><paramref name="tests"/> with one outcome per graded rule of <paramref name="manifest"/> appended.</summary>
    /// <param name="manifest">The kata, with its graded rules and learner files.</param>
    /// <param name="tests">The canonical tests' outcomes.</param>
    /// <param name="diagnostics">Every diagnostic of the check; only those on the learner's files count.</param>
    public static IReadOnlyList<TestOutcome> Append(KataManifest manifest, IReadOnlyList<TestOutcome> tests, IReadOnlyList<BuildDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.GradedRules.Count == 0)
        {
            return tests;
        }

        var graded = manifest.GradedRules
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => Outcome(r.Key, r.Value, tests, diagnostics.Where(d => d.Id == r.Key && manifest.LearnerFiles.Contains(d.Path)).ToList()));
        return [.. tests, .. graded];
    }

    /// <summary>The outcome name of graded rule <paramref name="ruleId"/>: <c>Rules.MLK019_double_checked_lock_without_a_volatile_read</c>.</summary>
    public static string OutcomeName(string ruleId) =>
        Title(ruleId) is { } title ? $"{NamePrefix}{ruleId}_{SnakeCase(title)}" : $"{NamePrefix}{ruleId}";

    private static TestOutcome Outcome(string ruleId, GradedRule rule, IReadOnlyList<TestOutcome> tests, IReadOnlyList<BuildDiagnostic> fired)
    {
        var unfinished = tests.Where(t => t.Task == rule.Task && t.Verdict != TestVerdict.Passed).Select(t => t.Name).ToList();
        var message =
            Title(ruleId) is null ? $"no analyzer provides {ruleId}, so nothing can grade it"
            : fired.Count > 0 ? string.Join(Environment.NewLine, fired.Select(d => $"{ruleId} fires on {d.Path}:{d.Line}: {d.Message}"))
            : unfinished.Count > 0 ? $"{ruleId} is graded once every task {rule.Task} test passes; these do not yet: {string.Join(", ", unfinished)}"
            : null;
        return new TestOutcome(OutcomeName(ruleId), message is null ? TestVerdict.Passed : TestVerdict.Failed, message, null, null, rule.Task, rule.Points);
    }

    private static string? Title(string ruleId) =>
        MlkAnalyzers.All.SelectMany(a => a.SupportedDiagnostics).FirstOrDefault(d => d.Id == ruleId)?.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string SnakeCase(string title) => NotAlphanumeric().Replace(title.ToLowerInvariant(), "_").Trim('_');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotAlphanumeric();
}
