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
        throw new NotImplementedException();
    }
}
