using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Katas.BoundedBlockingQueue;

/// <summary>
/// A first-in, first-out queue of at most <see cref="Capacity"/> items, shared by producer
/// and consumer threads: <see cref="Enqueue"/> blocks while the queue is full,
/// <see cref="Dequeue"/> while it is empty.
/// </summary>
/// <typeparam name="T">The items' type.</typeparam>
public sealed class BoundedBlockingQueue<T>
{
    // One monitor guards the ring and carries both conditions, "not full" for producers and
    // "not empty" for consumers. Waiters of both kinds wait on it, so a change must wake them
    // all (PulseAll): a single Pulse may wake a waiter of the wrong kind, which goes back to
    // sleep and takes the wake-up with it.
    private readonly object _gate = new();
    private readonly T[] _items;
    private int _head;
    private int _count;

    /// <summary>Creates an empty queue that holds at most <paramref name="capacity"/> items.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is zero or negative.</exception>
    public BoundedBlockingQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _items = new T[capacity];
    }

    /// <summary>The most items the queue holds at once.</summary>
    public int Capacity => _items.Length;

    /// <summary>How many items the queue holds now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
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
        cancellationToken.ThrowIfCancellationRequested();
        using var wakeOnCancel = WakeWaitersWhenCancelled(cancellationToken);
        lock (_gate)
        {
            // A loop, not an if: a woken producer may find that another thread filled the
            // slot first, or may have been woken for a cancellation that is not its own.
            while (_count == _items.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate);
            }

            _items[(_head + _count) % _items.Length] = item;
            _count++;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Removes and returns the item at the front, waiting while the queue is empty.</summary>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled before an item was taken; the queue is unchanged.
    /// </exception>
    public T Dequeue(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var wakeOnCancel = WakeWaitersWhenCancelled(cancellationToken);
        lock (_gate)
        {
            while (_count == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate);
            }

            return TakeFront();
        }
    }

    /// <summary>
    /// Removes the item at the front into <paramref name="item"/>, waiting up to
    /// <paramref name="timeout"/> for one to arrive; false when none came in time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative.</exception>
    public bool TryDequeue([MaybeNullWhen(false)] out T item, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        var started = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            while (_count == 0)
            {
                // Every wake-up spends part of the budget: wait only for what is left of it.
                var left = timeout - Stopwatch.GetElapsedTime(started);

                // Stryker disable once Equality : with < instead of <=, a budget of exactly zero
                // waits zero milliseconds once more and then gives up; no caller can tell.
                if (left <= TimeSpan.Zero)
                {
                    item = default;
                    return false;
                }

                Monitor.Wait(_gate, left);
            }

            item = TakeFront();
            return true;
        }
    }

    // Called with the lock held and the queue not empty.
    private T TakeFront()
    {
        var item = _items[_head];
        _items[_head] = default!; // the queue must not keep a taken item (a batch, a tensor) alive
        _head = (_head + 1) % _items.Length;
        _count--;
        Monitor.PulseAll(_gate);
        return item;
    }

    // Monitor.Wait takes no token: a cancellation wakes every waiter, and each one checks its
    // own token. The registration is disposed after the lock is released, since disposing
    // waits for a running callback, and the callback needs the lock.
    private CancellationTokenRegistration WakeWaitersWhenCancelled(CancellationToken cancellationToken) =>
        cancellationToken.Register(static gate =>
        {
            lock (gate!)
            {
                Monitor.PulseAll(gate);
            }
        }, _gate);
}
