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
/// an index field of the type covers (see <see cref="IndexLink"/>), in a member that has that
/// index at hand (uses it). Lists that are an index's values (posting lists, buckets:
/// <c>_map[k].Remove(v)</c>) are not fields, and stay silent.</item>
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
        var links = new ConcurrentBag<(IFieldSymbol List, IFieldSymbol Index, IndexLink Link)>();
        var searches = new ConcurrentBag<(IFieldSymbol List, IInvocationOperation Call, IndexedItems Member)>();

        type.RegisterOperationBlockAction(block =>
        {
            var member = IndexedItems.Of(block.OperationBlocks, known);
            foreach (var link in member.Links())
            {
                links.Add(link);
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
                var atHand = links
                    .Where(l => SymbolEqualityComparer.Default.Equals(l.List, list) && member.IndexesUsed.Contains(l.Index))
                    .OrderByDescending(l => l.Link)
                    .ToList();
                if (atHand.Count > 0 && Remedy(list, call, member, atHand[0].Index, atHand[0].Link, known) is { } remedy)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        HelpLinks.For(Rules.LinearSearchInIndexedStructure, context.Options), call.Syntax.GetLocation(), call.TargetMethod.Name, list.Name, $"'{atHand[0].Index.Name}'", remedy));
                }
            }
        });
    }

    /// <summary>
    /// What to do instead, or null where the search may be the design: a <c>List</c> that keeps
    /// an order (an ordered dictionary's keys) can only lose an item by shifting the rest, so its
    /// <c>Remove(value)</c> and <c>IndexOf</c> are flagged only when the index already holds each
    /// item's position, or when the member moves the item (removes it and adds it back: recency).
    /// </summary>
    private static string? Remedy(IFieldSymbol list, IInvocationOperation search, IndexedItems member, IFieldSymbol index, IndexLink link, KnownTypes known)
    {
        if (search.TargetMethod.Name == "Contains")
        {
            return $"ask '{index.Name}' instead";
        }

        if (KnownTypes.Is(list.Type, known.LinkedList))
        {
            return link == IndexLink.Nodes
                ? $"use the node '{index.Name}' holds: LinkedList.Remove(node) is O(1)"
                : $"keep each item's node in '{index.Name}' and use it: LinkedList.Remove(node) is O(1)";
        }

        return link == IndexLink.Positions ? $"use the position '{index.Name}' holds, and remove by moving the last item into it"
            : member.Moves(list, search) ? $"keep the order in a LinkedList and each item's node in '{index.Name}'"
            : null;
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
            HelpLinks.For(Rules.LinearSearchInIndexedStructure, context.Options), at.GetLocation(), search, name, $"'{name}'", "look the key up with TryGetValue or ContainsKey"));
    }
}
