namespace Katas.SlidingWindowMaximum;

// Alternative: the deque of candidate indices is a LinkedList<int>, which removes from either
// end in O(1). It allocates a node per index, where the reference reuses a ring of k slots.

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

        // Indices whose values strictly decrease from first to last: the first is the window's maximum.
        var candidates = new LinkedList<int>();
        for (var i = 0; i < values.Length; i++)
        {
            if (candidates.First is { } oldest && oldest.Value == i - windowSize)
            {
                candidates.RemoveFirst();
            }

            while (candidates.Last is { } newest && values[newest.Value] <= values[i])
            {
                candidates.RemoveLast();
            }

            candidates.AddLast(i);
            if (i >= windowSize - 1)
            {
                maxima[i - windowSize + 1] = values[candidates.First!.Value];
            }
        }

        return maxima;
    }
}
