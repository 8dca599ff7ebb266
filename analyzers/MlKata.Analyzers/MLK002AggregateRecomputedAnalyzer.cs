using System.Collections.Concurrent;
using System.Linq;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK002: <c>Sum/Average/Max/Min/Count()</c> over a collection field, outside a constructor,
/// in a type that also changes that field outside its constructors. A collection filled once
/// and only read is not a window, so it stays silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK002AggregateRecomputedAnalyzer : MlkAnalyzer
{
    private static readonly ImmutableHashSet<string> Aggregates = ["Sum", "Average", "Max", "Min", "Count"];

    private static readonly ImmutableHashSet<string> Mutators =
    [
        "Add", "AddRange", "Insert", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "Clear",
        "Enqueue", "Dequeue", "TryDequeue", "Push", "Pop", "TryPop", "AddFirst", "AddLast", "RemoveFirst", "RemoveLast",
    ];

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
        var mutated = new ConcurrentDictionary<IFieldSymbol, byte>(SymbolEqualityComparer.Default);

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
            else if (Mutators.Contains(call.TargetMethod.Name) && call.Instance.ReferencedSymbol() is IFieldSymbol target)
            {
                mutated.TryAdd(target, 0);
            }
        }, OperationKind.Invocation);

        type.RegisterOperationAction(context =>
        {
            // An element store (window[i] = x) changes the collection as much as Add does.
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var collection = assignment.Target switch
            {
                IArrayElementReferenceOperation element => element.ArrayReference,
                IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance,
                _ => null,
            };
            if (!IsConstructor(context.ContainingSymbol) && collection.ReferencedSymbol() is IFieldSymbol field)
            {
                mutated.TryAdd(field, 0);
            }
        }, OperationKind.SimpleAssignment);

        type.RegisterSymbolEndAction(context =>
        {
            foreach (var (field, call) in aggregates)
            {
                if (mutated.ContainsKey(field))
                {
                    var name = call.TargetMethod.Name;
                    var running = name is "Average" ? "sum and count" : name is "Count" ? "count" : name.ToLowerInvariant();
                    context.ReportDiagnostic(Diagnostic.Create(Rules.AggregateRecomputed, call.Syntax.GetLocation(), field.Name, name, running));
                }
            }
        });
    }

    private static bool IsConstructor(ISymbol symbol) =>
        symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor };
}
