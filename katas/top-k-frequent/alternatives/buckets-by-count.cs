using System.Runtime.InteropServices;

namespace Katas.TopKFrequent;

// Alternative: no heap. A count lies between 1 and n, so the values are dropped into buckets
// indexed by their count and read back from the highest count down; a bucket is sorted only
// when it is reached, to put its tied values smallest first. O(n + d log d) at worst, O(n)
// when few values share a count.

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
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);

        var counts = new Dictionary<int, int>();
        foreach (var value in values)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _)++;
        }

        var byCount = new List<int>?[values.Length + 1];
        foreach (var (value, count) in counts)
        {
            (byCount[count] ??= []).Add(value);
        }

        var result = new List<int>(Math.Min(k, counts.Count));
        for (var count = values.Length; count > 0 && result.Count < k; count--)
        {
            if (byCount[count] is not { } tied)
            {
                continue;
            }

            tied.Sort();
            foreach (var value in tied)
            {
                if (result.Count == k)
                {
                    break;
                }

                result.Add(value);
            }
        }

        return [.. result];
    }
}
