namespace Katas.RandomizedSet;

// Alternative: the elements sit in an array this type grows itself, and Remove works in the
// other order: it moves the last element into the freed slot and re-indexes it first, then
// removes the item's key. When the item is itself the last element, the move and re-index
// touch the item only, and the key removal that follows deletes it, so no special case is
// needed.

/// <summary>
/// A set that also draws one of its elements uniformly at random, for sampling a replay buffer
/// or a pool of live experiments. Insert, Remove and GetRandom must each be O(1).
/// </summary>
/// <typeparam name="T">The element's type.</typeparam>
public sealed class RandomizedSet<T>
    where T : notnull
{
    private readonly Dictionary<T, int> _indexOf = [];
    private readonly Random _random;
    private T[] _items = new T[4];
    private int _count;

    /// <summary>Creates an empty set that draws with <paramref name="random"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public RandomizedSet(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <summary>How many elements the set holds.</summary>
    public int Count => _count;

    /// <summary>Adds <paramref name="item"/> unless the set already holds it.</summary>
    /// <returns>Whether the item was added: false when it was already there.</returns>
    public bool Insert(T item)
    {
        if (!_indexOf.TryAdd(item, _count))
        {
            return false;
        }

        if (_count == _items.Length)
        {
            Array.Resize(ref _items, 2 * _items.Length); // doubling keeps Insert O(1) amortised
        }

        _items[_count++] = item;
        return true;
    }

    /// <summary>Removes <paramref name="item"/> if the set holds it.</summary>
    /// <returns>Whether the item was removed: false when it was not there.</returns>
    public bool Remove(T item)
    {
        if (!_indexOf.TryGetValue(item, out var index))
        {
            return false;
        }

        var last = _items[--_count];
        _items[index] = last;
        _indexOf[last] = index;
        _indexOf.Remove(item);
        _items[_count] = default!; // the vacated slot must not keep the element alive
        return true;
    }

    /// <summary>One of the elements, each as likely as any other, drawn with the set's <see cref="Random"/>.</summary>
    /// <exception cref="InvalidOperationException">The set is empty.</exception>
    public T GetRandom() => _count == 0
        ? throw new InvalidOperationException("The set is empty: insert an element before drawing one.")
        : _items[_random.Next(_count)];
}
