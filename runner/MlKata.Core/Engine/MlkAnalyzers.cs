using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MlKata.Analyzers;

namespace MlKata.Core.Engine;

/// <summary>
/// Runs the MLK analyzers on a kata's compilation, the way the IDE and `dotnet build` run
/// them, and keeps what they report on the learner's files (the canonical tests are ours).
/// </summary>
public static class MlkAnalyzers
{
    /// <summary>Every MLK analyzer, found in the analyzer assembly: a new rule needs no list edited here.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } =
        typeof(Rules).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>The rules that hint (default severity below Error): a scaffold shows them as warnings; the others keep their severity.</summary>
    public static ImmutableHashSet<string> HintRuleIds { get; } =
        All.SelectMany(a => a.SupportedDiagnostics).Where(d => d.DefaultSeverity < DiagnosticSeverity.Error).Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>Every rule id the analyzers can report.</summary>
    public static ImmutableHashSet<string> RuleIds { get; } =
        All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The MLK diagnostics on <paramref name="learnerPaths"/> in <paramref name="compilation"/>; with
    /// the submission policy on for them when a <paramref name="policy"/> is given.
    /// </summary>
    public static IReadOnlyList<BuildDiagnostic> Analyze(CSharpCompilation compilation, IReadOnlySet<string> learnerPaths, AnalyzerConfigOptionsProvider? policy = null, CancellationToken cancellationToken = default)
    {
        var options = new CompilationWithAnalyzersOptions(
            policy is null ? new AnalyzerOptions([]) : new AnalyzerOptions([], policy),
            onAnalyzerException: null,
            concurrentAnalysis: false, // jobs already run side by side
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(All, options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken)
            .GetAwaiter().GetResult();
        return diagnostics
            .Where(d => d.Location.SourceTree?.FilePath is { } path && learnerPaths.Contains(path))
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select(BuildDiagnostic.From)
            .ToList();
    }
}
