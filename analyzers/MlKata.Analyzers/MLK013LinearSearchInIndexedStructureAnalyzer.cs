using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK013: a linear search for an item that a dictionary or set already finds in O(1).
/// <list type="bullet">
/// <item><c>Remove(value)</c>, <c>Contains</c>, <c>IndexOf</c>, <c>Find</c>… on a list field that
/// holds the same items as an index field of the type (see <see cref="IndexedItems"/>), in a
/// member that has that index at hand (uses it). Lists that are an index's values (posting lists,
/// buckets: <c>_map[k].Remove(v)</c>) are not fields, and stay silent.</item>
/// <item>A dictionary's entries scanned for one key (see <see cref="DictionaryKeyScans"/>).</item>
/// </list>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK013LinearSearchInIndexedStructureAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.LinearSearchInIndexedStructure];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownTypes.From(start.Compilation);
            start.RegisterSymbolStartAction(type => AnalyzeType(type, known), SymbolKind.NamedType);
            start.RegisterOperationAction(operation => AnalyzeQuery(operation, known), OperationKind.Invocation);
            start.RegisterOperationAction(operation => AnalyzeLoop(operation, known), OperationKind.Loop);
        });
    }

    private static void AnalyzeType(SymbolStartAnalysisContext type, KnownTypes known)
    {
        var shared = new ConcurrentBag<(IFieldSymbol List, IFieldSymbol Index)>();
        var searches = new ConcurrentBag<(IFieldSymbol List, IInvocationOperation Call, IndexedItems Member)>();

        type.RegisterOperationBlockAction(block =>
        {
            var member = IndexedItems.Of(block.OperationBlocks, known);
            foreach (var pair in member.SharedItems())
            {
                shared.Add(pair);
            }

            foreach (var (list, call) in member.Searches)
            {
                searches.Add((list, call, member));
            }
        });

        type.RegisterSymbolEndAction(context =>
        {
            foreach (var (list, call, member) in searches)
            {
                var index = member.IndexesUsed.FirstOrDefault(i => shared.Any(p =>
                    SymbolEqualityComparer.Default.Equals(p.List, list) && SymbolEqualityComparer.Default.Equals(p.Index, i)));
                if (index is null)
                {
                    continue;
                }

                var remedy = call.TargetMethod.Name == "Contains" ? $"ask '{index.Name}' instead"
                    : member.HoldsNodes(index) ? $"pass the node '{index.Name}' holds: LinkedList.Remove(node) is O(1)"
                    : $"keep each item's node or position in '{index.Name}' and go through it";
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.LinearSearchInIndexedStructure, call.Syntax.GetLocation(), call.TargetMethod.Name, list.Name, $"'{index.Name}'", remedy));
            }
        });
    }

    private static void AnalyzeQuery(OperationAnalysisContext context, KnownTypes known)
    {
        var call = (IInvocationOperation)context.Operation;
        if (DictionaryKeyScans.ScannedByQuery(call, known) is { } dictionary)
        {
            Report(context, call.Syntax, call.TargetMethod.Name, dictionary);
        }
    }

    private static void AnalyzeLoop(OperationAnalysisContext context, KnownTypes known)
    {
        if (context.Operation is IForEachLoopOperation loop && DictionaryKeyScans.KeyTestOfLoop(loop, known) is { } test)
        {
            Report(context, test.Syntax, "This foreach", loop.Collection.WithoutConversions()!);
        }
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode at, string search, IOperation dictionary)
    {
        var name = dictionary.Syntax.ToString();
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.LinearSearchInIndexedStructure, at.GetLocation(), search, name, $"'{name}'", "look the key up with TryGetValue or ContainsKey"));
    }
}
