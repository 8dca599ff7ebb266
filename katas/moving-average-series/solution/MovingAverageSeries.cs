namespace Katas.MovingAverageSeries;

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

        var averages = new double[values.Length - windowSize + 1];

        // One running sum for the whole series: add the value that enters the window, subtract
        // the one that leaves, so each step is O(1) whatever the window size. It is a long:
        // two values near int.MaxValue already overflow an int, while no window of ints can
        // overflow a long (2^31 values of magnitude 2^31 sum to under 2^62). Each value is added
        // or subtracted on its own, widened to long first: entering - leaving taken in int
        // overflows too (int.MaxValue - int.MinValue).
        var sum = 0L;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i];
            if (i >= windowSize)
            {
                sum -= values[i - windowSize];
            }

            var start = i - windowSize + 1;
            if (start >= 0)
            {
                averages[start] = (double)sum / windowSize;
            }
        }

        return averages;
    }
}
