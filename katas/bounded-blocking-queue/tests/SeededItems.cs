using MlKata.Testing;

namespace Katas.BoundedBlockingQueue.Tests;

/// <summary>Items for the queue: seeded, so that no answer can be written down in advance, and distinct, so that each can be traced.</summary>
internal static class SeededItems
{
    /// <summary><paramref name="count"/> distinct positive integers (never default(int), which a broken queue hands out).</summary>
    public static int[] Distinct(int count, int seed)
    {
        var random = SeededData.Random(seed);
        var seen = new HashSet<int>();
        var items = new List<int>(count);
        while (items.Count < count)
        {
            var item = random.Next(1, int.MaxValue);
            if (seen.Add(item))
            {
                items.Add(item);
            }
        }

        return [.. items];
    }
}
