using System.Diagnostics.CodeAnalysis;

namespace Katas.BoundedBlockingQueue;

// Alternative: two semaphores count the free slots and the queued items, so a producer waits
// only for a slot and a consumer only for an item; there is no shared condition, so nothing
// needs waking all. A short lock guards the ring itself. SemaphoreSlim.Wait takes the token
// and the timeout, and a wait that throws or times out has taken no count: nothing is lost.

/// <summary>
/// A first-in, first-out queue of at most <see cref="Capacity"/> items, shared by producer
/// and consumer threads: <see cref="Enqueue"/> blocks while the queue is full,
/// <see cref="Dequeue"/> while it is empty.
/// </summary>
/// <typeparam name="T">The items' type.</typeparam>
public sealed class BoundedBlockingQueue<T>
{
    private readonly SemaphoreSlim _freeSlots;
    private readonly SemaphoreSlim _queuedItems;
    private readonly Lock _ring = new();
    private readonly T[] _items;
    private int _head;
    private int _count;

    /// <summary>Creates an empty queue that holds at most <paramref name="capacity"/> items.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is zero or negative.</exception>
    public BoundedBlockingQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _items = new T[capacity];
        _freeSlots = new SemaphoreSlim(capacity, capacity);
        _queuedItems = new SemaphoreSlim(0, capacity);
    }

    /// <summary>The most items the queue holds at once.</summary>
    public int Capacity => _items.Length;

    /// <summary>How many items the queue holds now.</summary>
    public int Count
    {
        get
        {
            lock (_ring)
            {
                return _count;
            }
        }
    }

    /// <summary>Adds <paramref name="item"/> at the back, waiting while the queue is full.</summary>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled before the item was added; the queue is unchanged.
    /// </exception>
    public void Enqueue(T item, CancellationToken cancellationToken = default)
    {
        _freeSlots.Wait(cancellationToken);
        lock (_ring)
        {
            _items[(_head + _count) % _items.Length] = item;
            _count++;
        }

        _queuedItems.Release();
    }

    /// <summary>Removes and returns the item at the front, waiting while the queue is empty.</summary>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled before an item was taken; the queue is unchanged.
    /// </exception>
    public T Dequeue(CancellationToken cancellationToken = default)
    {
        _queuedItems.Wait(cancellationToken);
        return TakeFront();
    }

    /// <summary>
    /// Removes the item at the front into <paramref name="item"/>, waiting up to
    /// <paramref name="timeout"/> for one to arrive; false when none came in time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative.</exception>
    public bool TryDequeue([MaybeNullWhen(false)] out T item, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        if (!_queuedItems.Wait(timeout))
        {
            item = default;
            return false;
        }

        item = TakeFront();
        return true;
    }

    // Called once a queued item's count has been taken: the ring holds at least one item.
    private T TakeFront()
    {
        T item;
        lock (_ring)
        {
            item = _items[_head];
            _items[_head] = default!; // the queue must not keep a taken item alive
            _head = (_head + 1) % _items.Length;
            _count--;
        }

        _freeSlots.Release();
        return item;
    }
}
