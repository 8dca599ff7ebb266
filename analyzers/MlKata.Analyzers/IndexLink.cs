namespace MlKata.Analyzers;

/// <summary>How an index field (a dictionary or set) covers the items of a list field of the same type.</summary>
internal enum IndexLink
{
    /// <summary>The list's items are the index's keys: one variable is added to the list and written as a key.</summary>
    Keys,

    /// <summary>The index's values are the linked list's nodes: <c>_nodes[key] = _order.AddFirst(key)</c>.</summary>
    Nodes,

    /// <summary>The index's values are positions in the list: <c>_index[value] = _items.Count</c>.</summary>
    Positions,
}
