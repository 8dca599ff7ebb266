// Mistake: every window is scanned from scratch for its maximum, so a pass costs O(n·k)
// instead of O(n): with a window of half the series, that is a quarter of n² comparisons.
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
        for (var start = 0; start < maxima.Length; start++)
        {
            var maximum = values[start];
            for (var i = start + 1; i < start + windowSize; i++)
            {
                maximum = Math.Max(maximum, values[i]);
            }

            maxima[start] = maximum;
        }

        return maxima;
    }
}
