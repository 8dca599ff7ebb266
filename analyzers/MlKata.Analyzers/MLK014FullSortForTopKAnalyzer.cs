using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK014: a whole collection ordered, on every call, to use its first k items or one percentile.
/// <list type="bullet">
/// <item><c>OrderBy(…)[.ThenBy(…)…].Take(k)</c> in LINQ to objects (a database query orders on the
/// server, and stays silent).</item>
/// <item>A local sorted (<c>Sort</c>, <c>Array.Sort</c>, <c>OrderBy(…).ToList()</c>), then
/// <c>Take(k)</c>, <c>GetRange(0, k)</c> or a loop from 0 to k that reads it.</item>
/// <item>A sorted copy of a field read at a fraction of its length (<c>sorted[(int)(n * 0.95)]</c>).</item>
/// <item>A field sorted in place, then read at an index derived from its own size
/// (<c>_values.Sort(); return _values[_values.Count / 2];</c>): a median or percentile per call.</item>
/// </list>
/// k is a count chosen apart from the collection's size (see <see cref="TopKBound"/>). Silent: a
/// constructor, a field initialiser, a result stored in a field for reuse, <c>Skip(…).Take(…)</c>
/// paging, and <c>First()</c>, which LINQ answers in one pass.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK014FullSortForTopKAnalyzer : MlkAnalyzer
{
    private const string Heap = "a bounded heap (PriorityQueue) keeps the top k in O(n log k) time and O(k) memory";

    private const string Selection = "a selection (quickselect) finds one rank in O(n) on average";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.FullSortForTopK];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownTypes.From(start.Compilation);
            if (known.Enumerable is not null)
            {
                start.RegisterOperationAction(operation => Analyze(operation, known), OperationKind.Invocation);
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context, KnownTypes known)
    {
        if (context.ContainingSymbol is not IMethodSymbol { MethodKind: not (MethodKind.Constructor or MethodKind.StaticConstructor) })
        {
            return;
        }

        var call = (IInvocationOperation)context.Operation;
        var root = call.Ancestors().LastOrDefault() ?? call;
        if (KnownTypes.Is(call.TargetMethod.ContainingType, known.Enumerable) && call.TargetMethod.Name == "Take" && call.Arguments.Length == 2)
        {
            if (SortedCollections.Ordering(call.Arguments[0].Value, known) is { } ordering &&
                TopKBound.IsTopK(call.Arguments[1].Value, root, known) && !StoredInAField(call, known))
            {
                var k = call.Arguments[1].Value.Syntax.ToString();
                Report(context, call, $"{ordering.TargetMethod.Name}(…).Take({k})", $"the first {k}", Heap);
            }

            return;
        }

        if (SortedCollections.SortedField(call, known) is { } field)
        {
            // The type's own collection sorted in place by a member that then reads one rank of
            // it (the middle, a percentile): every call pays a full sort for one element.
            if (root.Descendants().Any(o => o.Syntax.SpanStart > call.Syntax.Span.End && ReadsAtARankOfItsSize(o, field, root)))
            {
                Report(context, call, "Sort", "one rank", Selection);
            }

            return;
        }

        if (SortedCollections.SortedLocal(call, known) is not { } sorted || root.Descendants().Any(o => StoresInAField(o, sorted)))
        {
            return;
        }

        var sort = call.TargetMethod.Name == "Sort" ? "Sort" : $"{SortedCollections.Ordering(call.Arguments[0].Value, known)!.TargetMethod.Name}(…).{call.TargetMethod.Name}()";
        var later = root.Descendants().Where(o => o.Syntax.SpanStart > call.Syntax.Span.End).ToList();
        if (later.Select(o => TakenCount(o, sorted, root, known)).FirstOrDefault(k => k is not null) is { } count)
        {
            Report(context, call, sort, $"the first {count.Syntax}", Heap);
        }
        else if (CopiesAField(call, sorted, root, known) && later.Any(o => ReadsAtAFraction(o, sorted, root)))
        {
            Report(context, call, sort, "one percentile", Selection);
        }
    }

    /// <summary>The k of <c>sorted.Take(k)</c>, <c>sorted.GetRange(0, k)</c> or <c>for (i = 0; i &lt; k; i++) … sorted[i]</c>.</summary>
    private static IOperation? TakenCount(IOperation operation, ILocalSymbol sorted, IOperation root, KnownTypes known)
    {
        var count = operation switch
        {
            IInvocationOperation { TargetMethod.Name: "Take", Arguments.Length: 2 } take when KnownTypes.Is(take.TargetMethod.ContainingType, known.Enumerable) &&
                                                                                          Is(take.Arguments[0].Value, sorted) => take.Arguments[1].Value,
            IInvocationOperation { TargetMethod.Name: "GetRange" } range when Is(range.Instance, sorted) && range.ArgumentIsZero(0) => range.Arguments[1].Value,
            IForLoopOperation loop => LoopBound(loop, sorted),
            _ => null,
        };
        return count is not null && TopKBound.IsTopK(count, root, known) ? count : null;
    }

    // for (var i = 0; i < k; i++) whose body reads sorted[i].
    private static IOperation? LoopBound(IForLoopOperation loop, ILocalSymbol sorted)
    {
        if (loop.Condition is not IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual } condition ||
            condition.LeftOperand.ReferencedSymbol() is not ILocalSymbol index ||
            loop.InitializerOf(index) is not { ConstantValue: { HasValue: true, Value: 0 } })
        {
            return null;
        }

        return loop.Body.Descendants().Any(o => ElementIndex(o, sorted) is { } at && at.ReferencedSymbol() is ILocalSymbol i && SymbolEqualityComparer.Default.Equals(i, index))
            ? condition.RightOperand
            : null;
    }

    private static bool CopiesAField(IInvocationOperation sort, ILocalSymbol sorted, IOperation root, KnownTypes known) =>
        sort.TargetMethod.Name == "Sort"
            ? SortedCollections.CopiesAField(root.InitializerOf(sorted), known)
            : SortedCollections.CopiesAField(SortedCollections.Ordering(sort.Arguments[0].Value, known)!.Arguments[0].Value, known);

    // sorted[(int)(sorted.Count * 0.95)]: a floating-point fraction of the length.
    private static bool ReadsAtAFraction(IOperation operation, ILocalSymbol sorted, IOperation root)
    {
        var index = ElementIndex(operation, sorted).WithoutConversions();
        if (index is ILocalReferenceOperation local)
        {
            index = root.InitializerOf(local.Local);
        }

        return index is not null && index.DescendantsAndSelf().Any(o =>
            o is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, Type.SpecialType: SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal });
    }

    // _values[_values.Count / 2], or at a local computed from the count: an index derived from the collection's own size.
    private static bool ReadsAtARankOfItsSize(IOperation operation, IFieldSymbol field, IOperation root)
    {
        var index = ElementIndex(operation, field).WithoutConversions();
        if (index is ILocalReferenceOperation local)
        {
            index = root.InitializerOf(local.Local);
        }

        return index is not null && index.DescendantsAndSelf().Any(o =>
            o is IPropertyReferenceOperation { Property.Name: "Count" or "Length" } size && Is(size.Instance, field));
    }

    private static IOperation? ElementIndex(IOperation operation, ISymbol collection) => operation switch
    {
        IArrayElementReferenceOperation { Indices.Length: 1 } element when Is(element.ArrayReference, collection) => element.Indices[0],
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer when Is(indexer.Instance, collection) => indexer.Arguments[0].Value,
        _ => null,
    };

    // The top k kept for later (_top = items.OrderBy(…).Take(k).ToList()) is a one-time preparation.
    private static bool StoredInAField(IOperation query, KnownTypes known)
    {
        var value = query;
        while (true)
        {
            switch (value.Parent)
            {
                case IConversionOperation conversion:
                    value = conversion;
                    break;
                case IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation next } when KnownTypes.Is(next.TargetMethod.ContainingType, known.Enumerable):
                    value = next;
                    break;
                case IAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation } assignment:
                    return assignment.Value == value;
                default:
                    return false;
            }
        }
    }

    private static bool StoresInAField(IOperation operation, ILocalSymbol sorted) =>
        operation is IAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation } assignment && Is(assignment.Value, sorted);

    private static bool Is(IOperation? operation, ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(operation.ReferencedSymbol(), symbol);

    private static void Report(OperationAnalysisContext context, IOperation at, string sort, string use, string remedy) =>
        context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.FullSortForTopK, context.Options), at.Syntax.GetLocation(), sort, use, remedy));
}
