using System.Collections.Concurrent;
using System.Linq;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK002: <c>Sum/Average/Max/Min/Count()</c> over a window field, outside a constructor. A window
/// is a collection the type both appends to and evicts from outside its constructors, or an array
/// it writes as a ring (at a cursor the type keeps in a field). A collection filled once, a
/// history that only grows, and an array updated in place at computed indexes (a bit set's
/// count of set bits, a HyperLogLog's registers) are not windows, so they stay silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK002AggregateRecomputedAnalyzer : MlkAnalyzer
{
    private static readonly ImmutableHashSet<string> Aggregates = ["Sum", "Average", "Max", "Min", "Count"];

    private static readonly ImmutableHashSet<string> Appenders = ["Add", "AddRange", "Insert", "Enqueue", "Push", "AddFirst", "AddLast"];

    private static readonly ImmutableHashSet<string> Evicters =
        ["Remove", "RemoveAt", "RemoveAll", "RemoveRange", "Dequeue", "TryDequeue", "Pop", "TryPop", "RemoveFirst", "RemoveLast"];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.AggregateRecomputed];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var enumerable = KnownTypes.From(start.Compilation).Enumerable;
            if (enumerable is null)
            {
                return;
            }

            start.RegisterSymbolStartAction(type => AnalyzeType(type, enumerable), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolStartAnalysisContext type, INamedTypeSymbol enumerable)
    {
        var aggregates = new ConcurrentBag<(IFieldSymbol Field, IInvocationOperation Call)>();
        var appended = new ConcurrentDictionary<IFieldSymbol, byte>(SymbolEqualityComparer.Default);
        var evicted = new ConcurrentDictionary<IFieldSymbol, byte>(SymbolEqualityComparer.Default);
        var rings = new ConcurrentDictionary<IFieldSymbol, byte>(SymbolEqualityComparer.Default);

        type.RegisterOperationAction(context =>
        {
            var call = (IInvocationOperation)context.Operation;
            if (IsConstructor(context.ContainingSymbol))
            {
                return;
            }

            if (KnownTypes.Is(call.TargetMethod.ContainingType, enumerable) && Aggregates.Contains(call.TargetMethod.Name) &&
                call.Arguments.FirstOrDefault()?.Value.ReferencedSymbol() is IFieldSymbol source)
            {
                aggregates.Add((source, call));
            }
            else if (call.Instance.ReferencedSymbol() is IFieldSymbol target)
            {
                if (Appenders.Contains(call.TargetMethod.Name))
                {
                    appended.TryAdd(target, 0);
                }

                if (Evicters.Contains(call.TargetMethod.Name))
                {
                    evicted.TryAdd(target, 0);
                }
            }
        }, OperationKind.Invocation);

        type.RegisterOperationAction(context =>
        {
            // A store at a cursor the type keeps (ring[_next] = x) overwrites the oldest element:
            // append and evict in one. A store at a computed index updates in place.
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (!IsConstructor(context.ContainingSymbol) &&
                assignment.Target is IArrayElementReferenceOperation { Indices.Length: 1 } element &&
                element.Indices[0].ReferencedSymbol() is IFieldSymbol &&
                element.ArrayReference.ReferencedSymbol() is IFieldSymbol ring)
            {
                rings.TryAdd(ring, 0);
            }
        }, OperationKind.SimpleAssignment);

        type.RegisterSymbolEndAction(context =>
        {
            foreach (var (field, call) in aggregates)
            {
                if (rings.ContainsKey(field) || (appended.ContainsKey(field) && evicted.ContainsKey(field)))
                {
                    var name = call.TargetMethod.Name;
                    var running = name is "Average" ? "sum and count" : name is "Count" ? "count" : name.ToLowerInvariant();
                    context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.AggregateRecomputed, context.Options), call.Syntax.GetLocation(), field.Name, name, running));
                }
            }
        });
    }

    private static bool IsConstructor(ISymbol symbol) =>
        symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor };
}
