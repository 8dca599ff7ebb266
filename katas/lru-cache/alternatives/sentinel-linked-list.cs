using System.Diagnostics.CodeAnalysis;

namespace Katas.LruCache;

// Alternative: a doubly linked list written by hand instead of LinkedList<T>. Two sentinel
// nodes, one before the most recent entry and one after the least recent, mean that every
// real node has both neighbours, so linking and unlinking need no null checks.

/// <summary>
/// A cache of at most <c>capacity</c> entries that, when full, makes room by evicting the
/// least recently used one. TryGet and Put must each be O(1).
/// </summary>
/// <typeparam name="TKey">The key's type.</typeparam>
/// <typeparam name="TValue">The cached value's type.</typeparam>
public sealed class LruCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, Node> _nodes = [];
    private readonly Node _head = Node.Sentinel();
    private readonly Node _tail = Node.Sentinel();
    private readonly int _capacity;

    /// <summary>Creates an empty cache that holds at most <paramref name="capacity"/> entries.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is zero or negative.</exception>
    public LruCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
        _head.Next = _tail;
        _tail.Previous = _head;
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

        Unlink(node);
        LinkAfterHead(node);
        value = node.Value;
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
            node.Value = value;
            Unlink(node);
        }
        else
        {
            if (_nodes.Count == _capacity)
            {
                var leastRecent = _tail.Previous;
                Unlink(leastRecent);
                _nodes.Remove(leastRecent.Key);
            }

            node = new Node(key, value);
            _nodes.Add(key, node);
        }

        LinkAfterHead(node);
    }

    private static void Unlink(Node node)
    {
        node.Previous.Next = node.Next;
        node.Next.Previous = node.Previous;
    }

    private void LinkAfterHead(Node node)
    {
        node.Previous = _head;
        node.Next = _head.Next;
        _head.Next.Previous = node;
        _head.Next = node;
    }

    private sealed class Node(TKey key, TValue value)
    {
        public TKey Key { get; } = key;

        public TValue Value { get; set; } = value;

        // Set for every node as soon as it is linked; a sentinel's outer neighbour stays unset.
        public Node Previous { get; set; } = null!;

        public Node Next { get; set; } = null!;

        // A sentinel holds no entry: its key and value are never read.
        public static Node Sentinel() => new(default!, default!);
    }
}
