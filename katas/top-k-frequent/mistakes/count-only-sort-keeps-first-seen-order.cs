namespace Katas.TopKFrequent;

// Mistake: sorts every distinct value by its count alone and takes k. OrderByDescending is a
// stable sort, so equal counts keep the order in which the values were first seen, not value
// order; and sorting all d counts costs O(d log d) where a heap of k needs O(d log k).
public static class TopKFrequent
{
    public static int[] MostFrequent(ReadOnlySpan<int> values, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);

        var counts = new Dictionary<int, int>();
        foreach (var value in values)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        return counts
            .OrderByDescending(pair => pair.Value)
            .Take(k)
            .Select(pair => pair.Key)
            .ToArray();
    }
}
