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
    /// <summary>Creates an empty cache that holds at most <paramref name="capacity"/> entries.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is zero or negative.</exception>
    public LruCache(int capacity)
    {
        throw new NotImplementedException();
    }

    /// <summary>How many entries the cache holds now, at most its capacity.</summary>
    public int Count => throw new NotImplementedException();

    /// <summary>
    /// Looks a key up. A hit makes the key the most recently used; a miss changes nothing.
    /// </summary>
    /// <returns>Whether the key is cached; <paramref name="value"/> is its value when it is.</returns>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        throw new NotImplementedException();
    }

    /// <summary>
    /// Caches <paramref name="value"/> under <paramref name="key"/> and makes the key the most
    /// recently used. A key already cached gets the new value; a new key on a full cache first
    /// evicts the least recently used entry.
    /// </summary>
    public void Put(TKey key, TValue value)
    {
        throw new NotImplementedException();
    }
}
