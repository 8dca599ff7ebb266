namespace Katas.RandomizedSet;

/// <summary>
/// A set that also draws one of its elements uniformly at random, for sampling a replay buffer
/// or a pool of live experiments. Insert, Remove and GetRandom must each be O(1).
/// </summary>
/// <typeparam name="T">The element's type.</typeparam>
public sealed class RandomizedSet<T>
    where T : notnull
{
    // The elements sit packed in a list, so a random index draws one of them uniformly; the
    // dictionary holds each element's index there, so Remove finds it without a search.
    private readonly List<T> _items = [];
    private readonly Dictionary<T, int> _indexOf = [];
    private readonly Random _random;

    /// <summary>Creates an empty set that draws with <paramref name="random"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public RandomizedSet(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <summary>How many elements the set holds.</summary>
    public int Count => _items.Count;

    /// <summary>Adds <paramref name="item"/> unless the set already holds it.</summary>
    /// <returns>Whether the item was added: false when it was already there.</returns>
    public bool Insert(T item)
    {
        if (!_indexOf.TryAdd(item, _items.Count))
        {
            return false;
        }

        _items.Add(item);
        return true;
    }

    /// <summary>Removes <paramref name="item"/> if the set holds it.</summary>
    /// <returns>Whether the item was removed: false when it was not there.</returns>
    public bool Remove(T item)
    {
        if (!_indexOf.Remove(item, out var index))
        {
            return false;
        }

        // Removing from the middle of a list shifts everything after it; instead, move the last
        // element into the freed slot and drop the last slot. When the item is itself the last
        // element there is nothing to move, and re-indexing it would put it back.
        var lastIndex = _items.Count - 1;
        if (index != lastIndex)
        {
            var last = _items[lastIndex];
            _items[index] = last;
            _indexOf[last] = index;
        }

        _items.RemoveAt(lastIndex);
        return true;
    }

    /// <summary>One of the elements, each as likely as any other, drawn with the set's <see cref="Random"/>.</summary>
    /// <exception cref="InvalidOperationException">The set is empty.</exception>
    public T GetRandom() => _items.Count == 0
        ? throw new InvalidOperationException("The set is empty: insert an element before drawing one.")
        : _items[_random.Next(_items.Count)];
}
