namespace Katas.MedianStream;

// Alternative: the opposite convention, and another way to keep the halves ordered. Every
// value passes through the lower half, whose largest then moves up, so the halves are
// ordered whatever the value; the upper half holds the extra value of an odd count, and the
// median of an odd count is its top.

/// <summary>
/// The running median of a stream of integers, such as request latencies or feature values
/// arriving one at a time: Add is O(log n), Median is O(1) and allocates nothing.
/// </summary>
public sealed class MedianStream
{
    // The smaller half, largest on top.
    private readonly PriorityQueue<int, int> _lower = new(Comparer<int>.Create((a, b) => b.CompareTo(a)));

    // The larger half, smallest on top; one ahead when the count is odd.
    private readonly PriorityQueue<int, int> _upper = new();

    /// <summary>How many values have been added, repeats included.</summary>
    public int Count => _lower.Count + _upper.Count;

    /// <summary>
    /// The middle value of everything added so far; for an even count, the mean of the two
    /// middle values.
    /// </summary>
    /// <exception cref="InvalidOperationException">No value has been added yet.</exception>
    public double Median =>
        _upper.Count == 0 ? throw new InvalidOperationException("The stream is empty: add a value before asking for the median.")
        : _upper.Count > _lower.Count ? _upper.Peek()
        : _lower.Peek() / 2.0 + _upper.Peek() / 2.0; // halves first: exact for ints, and no sum to overflow

    /// <summary>Adds a value to the stream.</summary>
    public void Add(int value)
    {
        _lower.Enqueue(value, value);
        MoveTop(_lower, _upper);
        if (_upper.Count > _lower.Count + 1)
        {
            MoveTop(_upper, _lower);
        }
    }

    private static void MoveTop(PriorityQueue<int, int> from, PriorityQueue<int, int> to)
    {
        var value = from.Dequeue();
        to.Enqueue(value, value);
    }
}
