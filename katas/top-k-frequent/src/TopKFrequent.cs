namespace Katas.TopKFrequent;

/// <summary>
/// The k most frequent values of a sequence, such as the top predicted labels or the most
/// requested features in a log: most frequent first, equal counts broken by the smaller value.
/// </summary>
public static class TopKFrequent
{
    /// <summary>
    /// The <paramref name="k"/> most frequent values of <paramref name="values"/>, most frequent
    /// first; values seen equally often come smallest first. Fewer than k distinct values: all of them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is zero or negative.</exception>
    public static int[] MostFrequent(ReadOnlySpan<int> values, int k)
    {
        throw new NotImplementedException();
    }
}
