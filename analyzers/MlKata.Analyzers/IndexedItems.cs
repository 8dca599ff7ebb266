using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// What one member does with its type's list fields (<c>List&lt;T&gt;</c>, <c>LinkedList&lt;T&gt;</c>)
/// and index fields (<c>Dictionary&lt;K, V&gt;</c>, <c>HashSet&lt;K&gt;</c>): how it links them
/// (<see cref="IndexLink"/>), which index fields it uses, the linear searches it runs on a list,
/// and which of its <c>Remove(value)</c> calls move an item (the same variable is added back).
/// </summary>
internal sealed class IndexedItems
{
    private static readonly ImmutableHashSet<string> ListSearches = ["Remove", "Contains", "IndexOf", "LastIndexOf"];

    private static readonly ImmutableHashSet<string> LinkedListSearches = ["Remove", "Contains", "Find", "FindLast"];

    private static readonly ImmutableHashSet<string> Adders = ["Add", "Insert", "AddFirst", "AddLast", "AddBefore", "AddAfter"];

    private readonly KnownTypes _known;
    private readonly List<(IFieldSymbol List, ISymbol Variable)> _added = [];
    private readonly List<(IFieldSymbol Index, ISymbol Variable)> _keyed = [];
    private readonly List<(IFieldSymbol Index, IOperation Value)> _storedValues = [];
    private readonly Dictionary<ISymbol, IFieldSymbol> _nodeVariables = new(SymbolEqualityComparer.Default);

    private IndexedItems(KnownTypes known) => _known = known;

    /// <summary>The index fields the member reads or writes: where it has an index at hand.</summary>
    public HashSet<IFieldSymbol> IndexesUsed { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Searches by value on a list field: <c>Remove(value)</c>, <c>Contains</c>, <c>IndexOf</c>, <c>Find</c>…</summary>
    public List<(IFieldSymbol List, IInvocationOperation Call)> Searches { get; } = [];

    public static IndexedItems Of(IEnumerable<IOperation> blocks, KnownTypes known)
    {
        var items = new IndexedItems(known);
        foreach (var operation in blocks.SelectMany(b => b.DescendantsAndSelf()))
        {
            items.Record(operation);
        }

        return items;
    }

    /// <summary>The (list, index) pairs this member links, and how.</summary>
    public IEnumerable<(IFieldSymbol List, IFieldSymbol Index, IndexLink Link)> Links()
    {
        foreach (var (list, variable) in _added)
        {
            foreach (var (index, key) in _keyed)
            {
                if (SymbolEqualityComparer.Default.Equals(variable, key) && SameType(ItemType(list), ItemType(index)))
                {
                    yield return (list, index, IndexLink.Keys);
                }
            }
        }

        foreach (var (index, value) in _storedValues)
        {
            if (NodeOwner(value) is { } linkedList)
            {
                yield return (linkedList, index, IndexLink.Nodes);
            }
            else if (PositionOwner(value) is { } list && SameType(ItemType(list), ItemType(index)))
            {
                yield return (list, index, IndexLink.Positions);
            }
        }
    }

    /// <summary>Whether <paramref name="search"/> is a <c>Remove(item)</c> whose item this member adds back to the same list: a move.</summary>
    public bool Moves(IFieldSymbol list, IInvocationOperation search) =>
        search.TargetMethod.Name == "Remove" && search.Arguments.Length == 1 && Variable(search.Arguments[0].Value) is { } item &&
        _added.Any(a => SymbolEqualityComparer.Default.Equals(a.List, list) && SymbolEqualityComparer.Default.Equals(a.Variable, item));

    private bool IsIndex(ITypeSymbol type) => KnownTypes.Is(type, _known.Dictionary) || KnownTypes.Is(type, _known.HashSet);

    private bool IsList(ITypeSymbol type) => KnownTypes.Is(type, _known.List) || KnownTypes.Is(type, _known.LinkedList);

    private void Record(IOperation operation)
    {
        switch (operation)
        {
            case IFieldReferenceOperation reference when IsIndex(reference.Field.Type):
                IndexesUsed.Add(reference.Field);
                break;
            case IInvocationOperation call when call.Instance.ReferencedSymbol() is IFieldSymbol field:
                if (IsList(field.Type))
                {
                    RecordListCall(field, call);
                }
                else if (IsIndex(field.Type))
                {
                    RecordIndexCall(field, call);
                }

                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment
                when indexer.Instance.ReferencedSymbol() is IFieldSymbol index && KnownTypes.Is(index.Type, _known.Dictionary):
                RecordKey(index, indexer.Arguments[0].Value);
                _storedValues.Add((index, assignment.Value));
                break;
        }
    }

    private void RecordListCall(IFieldSymbol list, IInvocationOperation call)
    {
        var name = call.TargetMethod.Name;
        var searches = KnownTypes.Is(list.Type, _known.List) ? ListSearches : LinkedListSearches;
        if (searches.Contains(name) && TakesAnItem(call.TargetMethod))
        {
            Searches.Add((list, call));
            return;
        }

        if (!Adders.Contains(name))
        {
            return;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.OriginalDefinition.Type is ITypeParameterSymbol && Variable(argument.Value) is { } item)
            {
                _added.Add((list, item));
            }
            else if (KnownTypes.Is(argument.Parameter?.Type, _known.LinkedListNode) && argument.Parameter?.Ordinal == call.Arguments.Length - 1 &&
                     Variable(argument.Value) is { } node)
            {
                // AddLast(node), AddBefore(existing, node): the last node argument joins the list.
                _nodeVariables[node] = list;
            }
        }

        // AddLast(value) returns the node it created: var node = _order.AddLast(key).
        if (KnownTypes.Is(call.TargetMethod.ReturnType, _known.LinkedListNode) && call.AssignedLocal() is { } created)
        {
            _nodeVariables[created] = list;
        }
    }

    private void RecordIndexCall(IFieldSymbol index, IInvocationOperation call)
    {
        if (call.TargetMethod.Name is not ("Add" or "TryAdd"))
        {
            return;
        }

        foreach (var argument in call.Arguments)
        {
            switch (argument.Parameter?.Ordinal)
            {
                case 0:
                    RecordKey(index, argument.Value);
                    break;
                case 1:
                    _storedValues.Add((index, argument.Value));
                    break;
            }
        }
    }

    private void RecordKey(IFieldSymbol index, IOperation key)
    {
        if (Variable(key) is { } variable)
        {
            _keyed.Add((index, variable));
        }
    }

    /// <summary>The linked-list field whose node <paramref name="value"/> is, if it is one.</summary>
    private IFieldSymbol? NodeOwner(IOperation value) => value.WithoutConversions() switch
    {
        IInvocationOperation call when KnownTypes.Is(call.TargetMethod.ReturnType, _known.LinkedListNode) &&
                                       call.Instance.ReferencedSymbol() is IFieldSymbol list && KnownTypes.Is(list.Type, _known.LinkedList) => list,
        IPropertyReferenceOperation { Property.Name: "First" or "Last" } property when property.Instance.ReferencedSymbol() is IFieldSymbol list &&
                                                                                     KnownTypes.Is(list.Type, _known.LinkedList) => list,
        ILocalReferenceOperation local => _nodeVariables.TryGetValue(local.Local, out var list) ? list : null,
        _ => null,
    };

    /// <summary>The list field whose position <paramref name="value"/> is: <c>_items.Count</c> or <c>_items.Count - 1</c>.</summary>
    private IFieldSymbol? PositionOwner(IOperation value)
    {
        value = value.WithoutConversions()!;
        if (value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract, RightOperand.ConstantValue: { HasValue: true, Value: 1 } } minusOne)
        {
            value = minusOne.LeftOperand.WithoutConversions()!;
        }

        return value is IPropertyReferenceOperation { Property.Name: "Count" } count && count.Instance.ReferencedSymbol() is IFieldSymbol list &&
               KnownTypes.Is(list.Type, _known.List)
            ? list
            : null;
    }

    // Remove(T), not Remove(LinkedListNode<T>), which is O(1).
    private static bool TakesAnItem(IMethodSymbol method) =>
        method.OriginalDefinition.Parameters.FirstOrDefault()?.Type is ITypeParameterSymbol;

    private static ISymbol? Variable(IOperation value) => value.ReferencedSymbol() switch
    {
        ILocalSymbol local => local,
        IParameterSymbol parameter => parameter,
        _ => null,
    };

    private static ITypeSymbol? ItemType(IFieldSymbol field) => (field.Type as INamedTypeSymbol)?.TypeArguments.FirstOrDefault();

    private static bool SameType(ITypeSymbol? a, ITypeSymbol? b) =>
        a is not null && b is not null &&
        SymbolEqualityComparer.Default.Equals(a.WithNullableAnnotation(NullableAnnotation.NotAnnotated), b.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
}
