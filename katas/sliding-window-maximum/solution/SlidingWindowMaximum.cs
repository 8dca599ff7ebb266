namespace Katas.SlidingWindowMaximum;

/// <summary>
/// The maximum of every window of a fixed size sliding over a series, one step at a time: the
/// max-pooling of a signal with stride 1, or the peak of a metric over its last k readings.
/// </summary>
public static class SlidingWindowMaximum
{
    /// <summary>
    /// The maximum of each window of <paramref name="windowSize"/> consecutive values, in order:
    /// element <c>i</c> is the maximum of <c>values[i .. i + windowSize - 1]</c>.
    /// </summary>
    /// <returns><c>values.Length - windowSize + 1</c> maxima; none when the window is longer than the series.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowSize"/> is zero or negative.</exception>
    public static int[] Maxima(ReadOnlySpan<int> values, int windowSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowSize);
        if (windowSize > values.Length)
        {
            return [];
        }

        var maxima = new int[values.Length - windowSize + 1];

        // A deque of indices whose values strictly decrease from front to back: the front is the
        // current window's maximum, and each entry behind it is the maximum of what follows it.
        // Every index in it lies in the window, so a ring of windowSize slots holds them all.
        var candidates = new int[windowSize];
        var front = 0;
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (count > 0 && candidates[front] == i - windowSize)
            {
                front = Next(front, windowSize);
                count--;
            }

            // A value no greater than the newcomer can never be a maximum again: the newcomer
            // outlives it in every later window. Each index is pushed and popped at most once,
            // so the whole pass is O(n) whatever the window size.
            while (count > 0 && values[candidates[Slot(front, count - 1, windowSize)]] <= values[i])
            {
                count--;
            }

            candidates[Slot(front, count, windowSize)] = i;
            count++;

            var start = i - windowSize + 1;
            if (start >= 0)
            {
                maxima[start] = values[candidates[front]];
            }
        }

        return maxima;
    }

    private static int Next(int slot, int capacity) => slot + 1 == capacity ? 0 : slot + 1;

    private static int Slot(int front, int offset, int capacity)
    {
        var slot = front + offset;
        return slot >= capacity ? slot - capacity : slot;
    }
}
