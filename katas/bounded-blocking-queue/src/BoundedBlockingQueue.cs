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
    /// <summary>Creates an empty queue that holds at most <paramref name="capacity"/> items.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is zero or negative.</exception>
    public BoundedBlockingQueue(int capacity)
    {
        throw new NotImplementedException();
    }

    /// <summary>The most items the queue holds at once.</summary>
    public int Capacity => throw new NotImplementedException();

    /// <summary>How many items the queue holds now.</summary>
    public int Count => throw new NotImplementedException();

    /// <summary>Adds <paramref name="item"/> at the back, waiting while the queue is full.</summary>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled before the item was added; the queue is unchanged.
    /// </exception>
    public void Enqueue(T item, CancellationToken cancellationToken = default)
    {
        throw new NotImplementedException();
    }

    /// <summary>Removes and returns the item at the front, waiting while the queue is empty.</summary>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled before an item was taken; the queue is unchanged.
    /// </exception>
    public T Dequeue(CancellationToken cancellationToken = default)
    {
        throw new NotImplementedException();
    }

    /// <summary>
    /// Removes the item at the front into <paramref name="item"/>, waiting up to
    /// <paramref name="timeout"/> for one to arrive; false when none came in time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative.</exception>
    public bool TryDequeue([MaybeNullWhen(false)] out T item, TimeSpan timeout)
    {
        throw new NotImplementedException();
    }
}
