using System.Diagnostics.CodeAnalysis;

namespace Katas.LruCache;

/// <summary>
/// A cache of at most <c>capacity</c> entries that, when full, makes room by evicting the
/// least recently used one. TryGet and Put must each be O(1).
/// </summary>
/// <typeparam name="TKey">The key's type.</typeparam>
/// <typeparam name="TValue">The cached value's type.</typeparam>
public sealed class LruCache<TKey, TValue>
    where TKey : notnull
{
    // The dictionary finds a key's node without a search; the list keeps the nodes in order of
    // use, most recent first, and unlinks a node it is handed in O(1). Each node carries its key
    // so that evicting the last node can remove it from the dictionary too.
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _nodes = [];
    private readonly LinkedList<Entry> _recency = new();
    private readonly int _capacity;

    /// <summary>Creates an empty cache that holds at most <paramref name="capacity"/> entries.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is zero or negative.</exception>
    public LruCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>How many entries the cache holds now, at most its capacity.</summary>
    public int Count => _nodes.Count;

    /// <summary>
    /// Looks a key up. A hit makes the key the most recently used; a miss changes nothing.
    /// </summary>
    /// <returns>Whether the key is cached; <paramref name="value"/> is its value when it is.</returns>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (!_nodes.TryGetValue(key, out var node))
        {
            value = default;
            return false;
        }

        MoveToFront(node);
        value = node.Value.Value;
        return true;
    }

    /// <summary>
    /// Caches <paramref name="value"/> under <paramref name="key"/> and makes the key the most
    /// recently used. A key already cached gets the new value; a new key on a full cache first
    /// evicts the least recently used entry.
    /// </summary>
    public void Put(TKey key, TValue value)
    {
        if (_nodes.TryGetValue(key, out var node))
        {
            node.Value = new Entry(key, value); // Entry is a struct: replacing it allocates nothing
            MoveToFront(node);
            return;
        }

        if (_nodes.Count == _capacity)
        {
            var leastRecent = _recency.Last!;
            _recency.RemoveLast();
            _nodes.Remove(leastRecent.Value.Key);
        }

        _nodes.Add(key, _recency.AddFirst(new Entry(key, value)));
    }

    private void MoveToFront(LinkedListNode<Entry> node)
    {
        _recency.Remove(node); // the node overload: O(1), unlike Remove(value), which searches
        _recency.AddFirst(node);
    }

    private readonly record struct Entry(TKey Key, TValue Value);
}
