using System.Runtime.InteropServices;

namespace Katas.TopKFrequent;

// Alternative: a max-heap of every distinct value, built in one O(d) heapify by the
// PriorityQueue constructor that takes all the items at once, then popped k times:
// O(n + d + k log d), which beats a size-k heap when k is close to d.

/// <summary>
/// The k most frequent values of a sequence, such as the top predicted labels or the most
/// requested features in a log: most frequent first, equal counts broken by the smaller value.
/// </summary>
public static class TopKFrequent
{
    // Dequeued first: the higher count, and on equal counts the smaller value.
    private static readonly Comparer<(int Count, int Value)> StrongestFirst = Comparer<(int Count, int Value)>.Create(
        (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.Value.CompareTo(b.Value));

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

        var heap = new PriorityQueue<int, (int Count, int Value)>(
            counts.Select(pair => (pair.Key, (pair.Value, pair.Key))), StrongestFirst);
        var result = new int[Math.Min(k, heap.Count)];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = heap.Dequeue();
        }

        return result;
    }
}
