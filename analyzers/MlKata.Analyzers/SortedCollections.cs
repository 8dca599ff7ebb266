using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>The ways code orders a whole collection: a LINQ ordering, or an in-place sort of a local.</summary>
internal static class SortedCollections
{
    private static readonly ImmutableHashSet<string> Orderings = ["OrderBy", "OrderByDescending", "Order", "OrderDescending"];

    private static readonly ImmutableHashSet<string> ThenOrderings = ["ThenBy", "ThenByDescending"];

    /// <summary>
    /// The <c>OrderBy</c> call of <paramref name="query"/>, if it is <c>OrderBy(…)[.ThenBy(…)…]</c>
    /// by keys that rank the items. A random key (<c>OrderBy(_ =&gt; random.Next())</c>,
    /// <c>Guid.NewGuid()</c>) shuffles: taking k of that is a sample, not a top k.
    /// </summary>
    public static IInvocationOperation? Ordering(IOperation? query, KnownTypes known)
    {
        while (query.WithoutConversions() is IInvocationOperation call && KnownTypes.Is(call.TargetMethod.ContainingType, known.Enumerable))
        {
            if ((!Orderings.Contains(call.TargetMethod.Name) && !ThenOrderings.Contains(call.TargetMethod.Name)) || IsRandom(call, known))
            {
                return null;
            }

            if (Orderings.Contains(call.TargetMethod.Name))
            {
                return call;
            }

            query = call.Arguments[0].Value;
        }

        return null;
    }

    private static bool IsRandom(IInvocationOperation ordering, KnownTypes known) =>
        ordering.Arguments.Skip(1).Any(key => key.Value.Descendants().Any(o => o is IInvocationOperation call &&
            (KnownTypes.Is(call.TargetMethod.ContainingType, known.Random) ||
             (call.TargetMethod.Name == "NewGuid" && KnownTypes.Is(call.TargetMethod.ContainingType, known.Guid)))));

    /// <summary>
    /// The local that <paramref name="call"/> leaves sorted: <c>list.Sort(…)</c> or
    /// <c>Array.Sort(array, …)</c> of a whole local (no index and length), or a local declared or
    /// assigned as <c>OrderBy(…).ToList()</c> or <c>.ToArray()</c>.
    /// </summary>
    public static ILocalSymbol? SortedLocal(IInvocationOperation call, KnownTypes known)
    {
        if (SortedInPlace(call, known) is { } sorted)
        {
            return sorted.ReferencedSymbol() as ILocalSymbol;
        }

        var method = call.TargetMethod;
        return KnownTypes.Is(method.ContainingType, known.Enumerable) && method.Name is "ToList" or "ToArray" &&
               Ordering(call.Arguments[0].Value, known) is not null
            ? call.AssignedLocal()
            : null;
    }

    /// <summary>The field of this instance or type that <paramref name="call"/> sorts in place, whole: <c>_values.Sort()</c>, <c>Array.Sort(_values)</c>.</summary>
    public static IFieldSymbol? SortedField(IInvocationOperation call, KnownTypes known) =>
        SortedInPlace(call, known).WithoutConversions() is IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field ? field.Field : null;

    // What list.Sort(…) or Array.Sort(array, …) sorts, when it sorts all of it (no index and length).
    private static IOperation? SortedInPlace(IInvocationOperation call, KnownTypes known)
    {
        var method = call.TargetMethod;
        if (method.Name != "Sort" || method.Parameters.Any(p => p.Type.SpecialType == SpecialType.System_Int32))
        {
            return null;
        }

        return KnownTypes.Is(method.ContainingType, known.List) ? call.Instance
            : SymbolEqualityComparer.Default.Equals(method.ContainingType, known.Array) ? call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value
            : null;
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a copy of a field (or a query over one):
    /// <c>_field.ToList()</c>, <c>new List&lt;T&gt;(_field)</c>, <c>(T[])_field.Clone()</c>,
    /// <c>[.. _field]</c>, <c>_field.Select(…).ToArray()</c>.
    /// </summary>
    public static bool CopiesAField(IOperation? value, KnownTypes known)
    {
        while (true)
        {
            switch (value.WithoutConversions())
            {
                case IFieldReferenceOperation:
                    return true;
                case IInvocationOperation call when KnownTypes.Is(call.TargetMethod.ContainingType, known.Enumerable) && call.Arguments.Length > 0:
                    value = call.Arguments[0].Value;
                    break;
                case IInvocationOperation { TargetMethod.Name: "ToList" or "ToArray" or "Clone", Instance: { } instance }:
                    value = instance;
                    break;
                case IObjectCreationOperation { Arguments.Length: 1 } creation:
                    value = creation.Arguments[0].Value;
                    break;
                case ICollectionExpressionOperation { Elements.Length: 1 } collection when collection.Elements[0] is ISpreadOperation spread:
                    value = spread.Operand;
                    break;
                default:
                    return false;
            }
        }
    }
}
