using System.Diagnostics.CodeAnalysis;

namespace Katas.LruCache;

// Mistake: OrderedDictionary keeps its entries in insertion order, which looks like an order
// of use for free: re-insert a key to make it the most recent, evict the entry at index 0.
// But it stores the entries in an array: removing a key, or the entry at index 0, shifts every
// entry after it, so each hit, update and eviction is O(n).
public sealed class LruCache<TKey, TValue>
    where TKey : notnull
{
    private readonly OrderedDictionary<TKey, TValue> _entries = [];
    private readonly int _capacity;

    public LruCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    public int Count => _entries.Count;

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (!_entries.Remove(key, out value))
        {
            return false;
        }

        _entries.Add(key, value);
        return true;
    }

    public void Put(TKey key, TValue value)
    {
        if (!_entries.Remove(key) && _entries.Count == _capacity)
        {
            _entries.RemoveAt(0);
        }

        _entries.Add(key, value);
    }
}
