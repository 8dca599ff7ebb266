// Mistake: every window is added up from scratch, so a pass costs O(n·k) instead of O(n): with
// a window of half the series, that is a quarter of n² additions.
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

        for (var start = 0; start < averages.Length; start++)
        {
            var sum = 0L;
            for (var i = start; i < start + windowSize; i++)
            {
                sum += values[i];
            }

            averages[start] = (double)sum / windowSize;
        }

        return averages;
    }
}
