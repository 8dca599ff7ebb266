using MlKata.Testing;
using NUnit.Framework;

namespace Katas.TopKFrequent.Tests;

public sealed class TopKFrequentTests
{
    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(int.MinValue)]
    [Task(1), Points(1)]
    public void A_k_that_is_not_positive_throws_ArgumentOutOfRangeException(int k)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TopKFrequent.MostFrequent([1, 2, 2], k));
    }

    [Test, Task(1), Points(1)]
    public void An_empty_sequence_has_no_frequent_values()
    {
        Assert.That(TopKFrequent.MostFrequent([], 3), Is.Empty);
    }

    [Test, Task(1), Points(1)]
    public void k_of_1_is_the_single_most_frequent_value()
    {
        Assert.That(TopKFrequent.MostFrequent([4, 7, 7, 1, 7, 4], 1), Is.EqualTo(new[] { 7 }));
    }

    [Test, Task(1), Points(2)]
    public void The_most_frequent_value_comes_first()
    {
        int[] values = [3, 8, 3, 5, 8, 3, 6, 8, 3, 5, 2];

        Assert.That(TopKFrequent.MostFrequent(values, 3), Is.EqualTo(new[] { 3, 8, 5 }), "3 seen 4 times, 8 three times, 5 twice");
    }

    [Test, Task(1), Points(2)]
    public void A_k_beyond_the_distinct_values_returns_every_value_once()
    {
        int[] values = [9, 1, 9, 4, 1, 9];

        Assert.That(TopKFrequent.MostFrequent(values, 10), Is.EqualTo(new[] { 9, 1, 4 }), "three distinct values, k = 10");
    }

    [Test, Task(1), Points(1)]
    public void Negative_and_extreme_values_are_counted_like_any_other()
    {
        int[] values = [int.MinValue, -1, int.MaxValue, -1, int.MinValue, int.MinValue, 0];

        Assert.That(TopKFrequent.MostFrequent(values, 2), Is.EqualTo(new[] { int.MinValue, -1 }));
    }

    [Test, Task(2), Points(2)]
    public void Values_seen_equally_often_come_smallest_first()
    {
        int[] values = [5, 3, 9, 1, 3, 5, 9, 1, -2, -2];

        Assert.That(TopKFrequent.MostFrequent(values, 5), Is.EqualTo(new[] { -2, 1, 3, 5, 9 }), "every value seen twice");
    }

    [Test, Task(2), Points(2)]
    public void A_tie_at_the_cut_keeps_the_smaller_value_even_when_the_larger_came_first()
    {
        int[] values = [5, 5, 5, 9, 9, 7, 7, 1, 1, 3, 3];

        Assert.That(TopKFrequent.MostFrequent(values, 3), Is.EqualTo(new[] { 5, 1, 3 }), "9, 7, 1 and 3 are all seen twice: the two smallest make the cut");
    }

    [Test, Task(2), Points(2)]
    public void The_answer_does_not_depend_on_the_order_of_the_input()
    {
        var values = SeededValues(seed: 5, length: 400, range: 12);
        var expected = TopKFrequent.MostFrequent(values, 7);
        var random = SeededData.Random(6);
        for (var shuffle = 0; shuffle < 20; shuffle++)
        {
            random.Shuffle(values);

            Assert.That(TopKFrequent.MostFrequent(values, 7), Is.EqualTo(expected), $"shuffle #{shuffle} of the same values");
        }
    }

    [Test, Task(2), Points(3)]
    public void Matches_counting_and_sorting_on_seeded_streams_full_of_ties()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            // Few distinct values over many draws: most counts are shared by several values.
            var values = SeededValues(seed, length: 60 + 37 * seed, range: 3 + seed);
            var distinct = values.Distinct().Count();
            foreach (var k in new[] { 1, 2, 5, distinct - 1, distinct, distinct + 3 }.Where(k => k > 0))
            {
                Assert.That(TopKFrequent.MostFrequent(values, k), Is.EqualTo(CountAndSort(values, k)), $"seed {seed}, {values.Length} values, {distinct} distinct, k = {k}");
            }
        }
    }

    // Values in [-range, range], drawn from a seeded Random.
    private static int[] SeededValues(int seed, int length, int range)
    {
        var random = SeededData.Random(seed);
        var values = new int[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(-range, range + 1);
        }

        return values;
    }

    // The plain statement of the task, slow and obviously right: count, sort every value, take k.
    private static int[] CountAndSort(int[] values, int k) =>
        values.GroupBy(value => value)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key)
            .Take(k)
            .Select(group => group.Key)
            .ToArray();
}
