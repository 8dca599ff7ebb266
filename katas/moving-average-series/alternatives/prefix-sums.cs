namespace Katas.MovingAverageSeries;

// Alternative: prefix sums instead of a running sum. prefix[j] is the sum of the first j values,
// so any window's sum is one subtraction, prefix[start + k] - prefix[start]. O(n) extra memory,
// and every window is independent of the others: the averages could be filled in parallel.

/// <summary>
/// The trailing moving average of a whole series of integer readings (request counts, clicks per
/// minute, a quantised signal): the mean of each window of a fixed size, one step at a time.
/// </summary>
public static class MovingAverageSeries
{
    /// <summary>
    /// The mean of each window of <paramref name="windowSize"/> consecutive values, in order:
    /// element <c>i</c> is the mean of <c>values[i .. i + windowSize - 1]</c>.
    /// </summary>
    /// <returns><c>values.Length - windowSize + 1</c> averages; none when the window is longer than the series.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowSize"/> is zero or negative.</exception>
    public static double[] Averages(ReadOnlySpan<int> values, int windowSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowSize);
        if (windowSize > values.Length)
        {
            return [];
        }

        var prefix = new long[values.Length + 1];
        for (var i = 0; i < values.Length; i++)
        {
            prefix[i + 1] = prefix[i] + values[i];
        }

        var averages = new double[values.Length - windowSize + 1];
        for (var start = 0; start < averages.Length; start++)
        {
            averages[start] = (double)(prefix[start + windowSize] - prefix[start]) / windowSize;
        }

        return averages;
    }
}
