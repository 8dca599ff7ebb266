// Breaks MLK013: the cache keeps a dictionary over its keys, yet finds a key's place in the
// recency order by walking the linked list, so get and put are O(n) instead of O(1).
namespace RuleExamples;

public sealed class LinearLruCache(int capacity)
{
    private readonly Dictionary<int, string> _values = [];
    private readonly LinkedList<int> _order = new();

    public string? Get(int key)
    {
        if (!_values.TryGetValue(key, out var value))
        {
            return null;
        }

        _order.Remove(key);
        _order.AddFirst(key);
        return value;
    }

    public void Put(int key, string value)
    {
        if (_values.ContainsKey(key))
        {
            _order.Remove(key);
        }
        else if (_values.Count == capacity)
        {
            _values.Remove(_order.Last!.Value);
            _order.RemoveLast();
        }

        _values[key] = value;
        _order.AddFirst(key);
    }
}
