using System.Diagnostics.CodeAnalysis;

namespace Katas.LruCache;

// Mistake: the order of use is a List of keys. Moving a key to the most recent end is
// Remove(key), which searches the list and shifts every key after it, then Add(key); and
// eviction is RemoveAt(0), which shifts them all. Every hit, update and eviction is O(n).
public sealed class LruCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _values = [];
    private readonly List<TKey> _recency = [];
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
        _recency.Add(key);
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
            _values.Remove(_recency[0]);
            _recency.RemoveAt(0);
        }

        _values[key] = value;
        _recency.Add(key);
    }
}
