namespace Katas.MedianStream;

/// <summary>
/// The running median of a stream of integers, such as request latencies or feature values
/// arriving one at a time: Add is O(log n), Median is O(1) and allocates nothing.
/// </summary>
public sealed class MedianStream
{
    // The smaller half, largest on top. It holds the extra value when the count is odd, so its
    // top is then the median.
    private readonly PriorityQueue<int, int> _lower = new(Comparer<int>.Create((a, b) => b.CompareTo(a)));

    // The larger half, smallest on top.
    private readonly PriorityQueue<int, int> _upper = new();

    /// <summary>How many values have been added, repeats included.</summary>
    public int Count => _lower.Count + _upper.Count;

    /// <summary>
    /// The middle value of everything added so far; for an even count, the mean of the two
    /// middle values.
    /// </summary>
    /// <exception cref="InvalidOperationException">No value has been added yet.</exception>
    public double Median
    {
        get
        {
            if (_lower.Count == 0)
            {
                throw new InvalidOperationException("The stream is empty: add a value before asking for the median.");
            }

            var lowerMiddle = _lower.Peek();
            if (_lower.Count > _upper.Count)
            {
                return lowerMiddle;
            }

            // Widen before adding: two ints near int.MaxValue overflow an int sum, and a double
            // holds any sum of two ints exactly.
            return ((double)lowerMiddle + _upper.Peek()) / 2;
        }
    }

    /// <summary>Adds a value to the stream.</summary>
    public void Add(int value)
    {
        if (_lower.Count == 0 || value <= _lower.Peek())
        {
            _lower.Enqueue(value, value);
        }
        else
        {
            _upper.Enqueue(value, value);
        }

        // Keep the sizes equal, or the lower half one ahead. Balance by counts, never by values:
        // a run of values equal to the lower top all land in the lower half, and only this
        // step moves them across.
        if (_lower.Count > _upper.Count + 1)
        {
            MoveTop(_lower, _upper);
        }
        else if (_upper.Count > _lower.Count)
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
