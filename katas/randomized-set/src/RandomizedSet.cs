namespace Katas.RandomizedSet;

/// <summary>
/// A set that also draws one of its elements uniformly at random, for sampling a replay buffer
/// or a pool of live experiments. Insert, Remove and GetRandom must each be O(1).
/// </summary>
/// <typeparam name="T">The element's type.</typeparam>
public sealed class RandomizedSet<T>
    where T : notnull
{
    /// <summary>Creates an empty set that draws with <paramref name="random"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public RandomizedSet(Random random)
    {
        throw new NotImplementedException();
    }

    /// <summary>How many elements the set holds.</summary>
    public int Count => throw new NotImplementedException();

    /// <summary>Adds <paramref name="item"/> unless the set already holds it.</summary>
    /// <returns>Whether the item was added: false when it was already there.</returns>
    public bool Insert(T item)
    {
        throw new NotImplementedException();
    }

    /// <summary>Removes <paramref name="item"/> if the set holds it.</summary>
    /// <returns>Whether the item was removed: false when it was not there.</returns>
    public bool Remove(T item)
    {
        throw new NotImplementedException();
    }

    /// <summary>One of the elements, each as likely as any other, drawn with the set's <see cref="Random"/>.</summary>
    /// <exception cref="InvalidOperationException">The set is empty.</exception>
    public T GetRandom()
    {
        throw new NotImplementedException();
    }
}
