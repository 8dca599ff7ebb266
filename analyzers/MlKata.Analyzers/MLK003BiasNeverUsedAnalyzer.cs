using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK003: a type with a weights member and a bias member whose forward/predict method (with
/// the helpers of the same type it calls) reads the weights but never the bias. A type with no
/// bias member, or no forward/predict method, is never flagged.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK003BiasNeverUsedAnalyzer : MlkAnalyzer
{
    private static readonly string[] ForwardPrefixes = ["forward", "predict", "infer"];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.BiasNeverUsed];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterSymbolStartAction(AnalyzeType, SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolStartAnalysisContext type)
    {
        var members = ((INamedTypeSymbol)type.Symbol).GetMembers().Where(m => m is IFieldSymbol { IsImplicitlyDeclared: false } or IPropertySymbol).ToList();
        var weights = members.Where(m => IsWeightsName(Bare(m.Name))).ToImmutableHashSet<ISymbol>(SymbolEqualityComparer.Default);
        var biases = members.Where(m => IsBiasName(Bare(m.Name), hasWeights: weights.Count > 0)).ToImmutableHashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (weights.IsEmpty || biases.IsEmpty)
        {
            return;
        }

        var reads = new ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<ISymbol, byte>>(SymbolEqualityComparer.Default);
        var calls = new ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<IMethodSymbol, byte>>(SymbolEqualityComparer.Default);

        type.RegisterOperationAction(context =>
        {
            if (context.ContainingSymbol is not IMethodSymbol method)
            {
                return;
            }

            switch (context.Operation)
            {
                case IMemberReferenceOperation { Member: var member } when weights.Contains(member) || biases.Contains(member):
                    reads.GetOrAdd(method, _ => new(SymbolEqualityComparer.Default)).TryAdd(AccessedMember(member), 0);
                    break;
                case IInvocationOperation { TargetMethod: var target } when SymbolEqualityComparer.Default.Equals(target.ContainingType, type.Symbol):
                    calls.GetOrAdd(method, _ => new(SymbolEqualityComparer.Default)).TryAdd(target.OriginalDefinition, 0);
                    break;
            }
        }, OperationKind.FieldReference, OperationKind.PropertyReference, OperationKind.Invocation);

        type.RegisterSymbolEndAction(context =>
        {
            var forwardMethods = ((INamedTypeSymbol)type.Symbol).GetMembers().OfType<IMethodSymbol>()
                .Where(m => m.MethodKind == MethodKind.Ordinary && ForwardPrefixes.Any(p => m.Name.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
            foreach (var method in forwardMethods)
            {
                var reached = Reachable(method, reads, calls);
                var weight = reached.FirstOrDefault(weights.Contains);
                if (weight is not null && !reached.Any(biases.Contains) && method.Locations.FirstOrDefault() is { } location)
                {
                    context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.BiasNeverUsed, context.Options), location, method.Name, weight.Name, biases.First().Name));
                }
            }
        });
    }

    private static ISymbol AccessedMember(ISymbol member) =>
        member is IFieldSymbol { AssociatedSymbol: { } property } ? property : member;

    /// <summary>Every weights or bias member read by <paramref name="start"/> or the same-type methods it calls.</summary>
    private static HashSet<ISymbol> Reachable(
        IMethodSymbol start,
        ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<ISymbol, byte>> reads,
        ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<IMethodSymbol, byte>> calls)
    {
        var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var members = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IMethodSymbol>([start]);
        while (pending.Count > 0)
        {
            var method = pending.Pop();
            if (!seen.Add(method))
            {
                continue;
            }

            if (reads.TryGetValue(method, out var read))
            {
                members.UnionWith(read.Keys);
            }

            if (calls.TryGetValue(method, out var called))
            {
                foreach (var next in called.Keys)
                {
                    pending.Push(next);
                }
            }
        }

        return members;
    }

    // _weights, m_weights and Weights all name the weights.
    private static string Bare(string name)
    {
        var bare = name.TrimStart('_').ToLowerInvariant();
        return bare.StartsWith("m_", StringComparison.Ordinal) ? bare.Substring(2) : bare;
    }

    private static bool IsWeightsName(string name) => name.Contains("weight") || name == "w";

    private static bool IsBiasName(string name, bool hasWeights) => name.Contains("bias") || (hasWeights && name == "b");
}
