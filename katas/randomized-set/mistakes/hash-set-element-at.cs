namespace Katas.RandomizedSet;

// Mistake: the elements live in a HashSet only, and GetRandom picks one with
// ElementAt(Next(Count)). A HashSet has no index: ElementAt enumerates from the start until it
// gets there, so each draw is O(n).
public sealed class RandomizedSet<T>
    where T : notnull
{
    private readonly HashSet<T> _items = [];
    private readonly Random _random;

    public RandomizedSet(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    public int Count => _items.Count;

    public bool Insert(T item) => _items.Add(item);

    public bool Remove(T item) => _items.Remove(item);

    public T GetRandom() => _items.Count == 0
        ? throw new InvalidOperationException("The set is empty.")
        : _items.ElementAt(_random.Next(_items.Count));
}
