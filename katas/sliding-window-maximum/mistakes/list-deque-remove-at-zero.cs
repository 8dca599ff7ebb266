// Mistake: the deque is a List, and the front leaves with RemoveAt(0), which shifts every
// candidate behind it one slot left. A falling series keeps the whole window as candidates, so
// each step shifts k of them: O(n·k).
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
        var candidates = new List<int>(windowSize);
        for (var i = 0; i < values.Length; i++)
        {
            if (candidates.Count > 0 && candidates[0] == i - windowSize)
            {
                candidates.RemoveAt(0);
            }

            // A value no greater than the newcomer can never be a maximum again: the newcomer
            // outlives it in every later window. Each index is pushed and popped at most once,
            // so the whole pass is O(n) whatever the window size.
            while (candidates.Count > 0 && values[candidates[^1]] <= values[i])
            {
                candidates.RemoveAt(candidates.Count - 1);
            }

            candidates.Add(i);

            var start = i - windowSize + 1;
            if (start >= 0)
            {
                maxima[start] = values[candidates[0]];
            }
        }

        return maxima;
    }
}
