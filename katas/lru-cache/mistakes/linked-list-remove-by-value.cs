using System.Diagnostics.CodeAnalysis;

namespace Katas.LruCache;

// Mistake: the order of use is a LinkedList of keys, but a key is moved with Remove(key),
// the overload that takes a value: it searches the list from the head for an equal key, O(n)
// per hit and per update. Only Remove(node) unlinks in O(1), and that needs the node kept in
// the dictionary.
public sealed class LruCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _values = [];
    private readonly LinkedList<TKey> _recency = new();
    private readonly int _capacity;

    public LruCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    public int Count => _values.Count;

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (!_values.TryGetValue(key, out value))
        {
            return false;
        }

        _recency.Remove(key);
        _recency.AddLast(key);
        return true;
    }

    public void Put(TKey key, TValue value)
    {
        if (_values.ContainsKey(key))
        {
            _recency.Remove(key);
        }
        else if (_values.Count == _capacity)
        {
            _values.Remove(_recency.First!.Value);
            _recency.RemoveFirst();
        }

        _values[key] = value;
        _recency.AddLast(key);
    }
}
