using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>Every MLK code fix, found in this assembly: a new fix needs no list edited, and the rules index reads which rules have one.</summary>
public static class MlkCodeFixes
{
    /// <summary>One instance of each code fix provider, ordered by type name.</summary>
    public static IReadOnlyList<CodeFixProvider> All { get; } =
        typeof(MlkCodeFixes).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t))
            .ToList();

    /// <summary>Whether a code fix repairs <paramref name="ruleId"/>.</summary>
    public static bool Fixes(string ruleId) => All.Any(p => p.FixableDiagnosticIds.Contains(ruleId));
}
