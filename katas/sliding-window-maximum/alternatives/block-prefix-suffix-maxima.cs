namespace Katas.SlidingWindowMaximum;

// Alternative: no deque. Cut the series into blocks of k; a running maximum from each block's
// start (prefix) and one from each block's end (suffix) cover any window, since a window of k
// spans at most two blocks: its maximum is the larger of the suffix at its start and the
// prefix at its end. Two passes and O(n) extra memory, with no data-dependent branching.

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

        var fromBlockStart = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            fromBlockStart[i] = i % windowSize == 0 ? values[i] : Math.Max(fromBlockStart[i - 1], values[i]);
        }

        var toBlockEnd = new int[values.Length];
        for (var i = values.Length - 1; i >= 0; i--)
        {
            var lastOfBlock = i == values.Length - 1 || (i + 1) % windowSize == 0;
            toBlockEnd[i] = lastOfBlock ? values[i] : Math.Max(toBlockEnd[i + 1], values[i]);
        }

        var maxima = new int[values.Length - windowSize + 1];
        for (var start = 0; start < maxima.Length; start++)
        {
            maxima[start] = Math.Max(toBlockEnd[start], fromBlockStart[start + windowSize - 1]);
        }

        return maxima;
    }
}
