using System.Runtime.InteropServices;

namespace Katas.TopKFrequent;

/// <summary>
/// The k most frequent values of a sequence, such as the top predicted labels or the most
/// requested features in a log: most frequent first, equal counts broken by the smaller value.
/// </summary>
public static class TopKFrequent
{
    // Fewer occurrences is weaker; on equal counts the larger value is weaker, because ties go
    // to the smaller value. One rule serves both the eviction and the final order.
    private static readonly Comparer<Candidate> WeakestFirst = Comparer<Candidate>.Create(
        (a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Value.CompareTo(a.Value));

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

        // A min-heap of the best k so far, rooted at the weakest of them: a candidate costs one
        // comparison with the root, and O(log k) only when it displaces it.
        var kept = new PriorityQueue<int, Candidate>(Math.Min(k, counts.Count), WeakestFirst);
        foreach (var (value, count) in counts)
        {
            var candidate = new Candidate(count, value);
            if (kept.Count < k)
            {
                kept.Enqueue(value, candidate);
            }
            else if (kept.TryPeek(out _, out var weakest) && WeakestFirst.Compare(candidate, weakest) > 0)
            {
                kept.DequeueEnqueue(value, candidate);
            }
        }

        // The heap gives up its weakest first: fill from the back so the strongest leads.
        var result = new int[kept.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = kept.Dequeue();
        }

        return result;
    }

    private readonly record struct Candidate(int Count, int Value);
}
