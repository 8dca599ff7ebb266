using MlKata.Testing;
using NUnit.Framework;

namespace Katas.MedianStream.Tests;

public sealed class MedianStreamTests
{
    [Test, Task(1), Points(1)]
    public void Median_of_an_empty_stream_throws_InvalidOperationException()
    {
        var stream = new MedianStream();

        Assert.Throws<InvalidOperationException>(() => _ = stream.Median);
    }

    [Test, Task(1), Points(1)]
    public void Count_grows_by_one_per_value_repeats_included()
    {
        var stream = new MedianStream();
        var counts = new List<int> { stream.Count };
        foreach (var value in new[] { 3, 3, 3, 1, 3 })
        {
            stream.Add(value);
            counts.Add(stream.Count);
        }

        Assert.That(counts, Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5 }));
    }

    [Test, Task(1), Points(1)]
    public void A_single_value_is_its_own_median()
    {
        var stream = new MedianStream();

        stream.Add(-42);

        Assert.That(stream.Median, Is.EqualTo(-42));
    }

    [Test, Task(1), Points(1)]
    public void An_odd_count_gives_the_middle_value()
    {
        var stream = Stream(5, 1, 3);
        Assert.That(stream.Median, Is.EqualTo(3), "median of 5, 1, 3");

        stream.Add(9);
        stream.Add(7);
        Assert.That(stream.Median, Is.EqualTo(5), "median of 5, 1, 3, 9, 7");
    }

    [Test, Task(1), Points(2)]
    public void An_even_count_gives_the_mean_of_the_two_middle_values()
    {
        Assert.That(Stream(1, 2).Median, Is.EqualTo(1.5), "median of 1, 2");
        Assert.That(Stream(4, 1, 3, 2).Median, Is.EqualTo(2.5), "median of 4, 1, 3, 2");
        Assert.That(Stream(-3, 0).Median, Is.EqualTo(-1.5), "median of -3, 0");
        Assert.That(Stream(10, 10, 20, 20).Median, Is.EqualTo(15), "median of 10, 10, 20, 20");
    }

    [Test, Task(1), Points(1)]
    public void Ascending_and_descending_streams_keep_the_median_in_the_middle()
    {
        var ascending = new MedianStream();
        var descending = new MedianStream();
        for (var i = 1; i <= 200; i++)
        {
            ascending.Add(i);
            descending.Add(-i);

            // 1..i has median (1 + i) / 2, and -1..-i the opposite.
            Assert.That(ascending.Median, Is.EqualTo((1 + i) / 2.0), $"median of 1..{i}");
            Assert.That(descending.Median, Is.EqualTo(-(1 + i) / 2.0), $"median of -1..-{i}");
        }
    }

    [Test, Task(1), Points(2)]
    public void Matches_a_sorted_copy_after_every_value_of_seeded_streams()
    {
        for (var seed = 0; seed < 6; seed++)
        {
            var random = SeededData.Random(seed);

            // Wide ranges give distinct values, narrow ones many repeats.
            var range = seed % 2 == 0 ? 1_000_000 : 5;
            var values = Enumerable.Range(0, 700).Select(_ => random.Next(-range, range + 1)).ToArray();

            AssertMedianAfterEveryValue(values, $"seed {seed}, values in ±{range}");
        }
    }

    [Test, Task(2), Points(2)]
    public void A_run_of_equal_values_then_different_values_keeps_the_halves_balanced()
    {
        // The run fills the stream with copies of the median; what follows must move the median
        // off them in both directions, which only works if every copy was counted and placed.
        var values = Enumerable.Repeat(7, 40)
            .Concat(Enumerable.Range(8, 60))
            .Concat(Enumerable.Repeat(3, 50))
            .Concat(Enumerable.Range(-80, 80))
            .ToArray();

        AssertMedianAfterEveryValue(values, "a run of forty 7s, then 8..67, fifty 3s, -80..-1");
    }

    [Test, Task(2), Points(2)]
    public void Matches_a_sorted_copy_on_seeded_streams_made_of_runs()
    {
        for (var seed = 0; seed < 6; seed++)
        {
            var random = SeededData.Random(100 + seed);
            var values = new List<int>();
            while (values.Count < 600)
            {
                values.AddRange(Enumerable.Repeat(random.Next(-50, 51), random.Next(1, 40)));
            }

            AssertMedianAfterEveryValue([.. values], $"seed {seed}, runs of repeated values");
        }
    }

    [Test, Task(3), Points(2)]
    public void The_mean_of_two_extreme_ints_does_not_overflow()
    {
        Assert.That(Stream(int.MaxValue, int.MaxValue - 1).Median, Is.EqualTo(int.MaxValue - 0.5), "two largest ints");
        Assert.That(Stream(int.MaxValue, int.MaxValue).Median, Is.EqualTo(int.MaxValue), "int.MaxValue twice");
        Assert.That(Stream(int.MinValue, int.MinValue + 1).Median, Is.EqualTo(int.MinValue + 0.5), "two smallest ints");
        Assert.That(Stream(int.MinValue, int.MaxValue).Median, Is.EqualTo(-0.5), "int.MinValue and int.MaxValue");
    }

    [Test, Task(4), Points(3)]
    public void Median_costs_the_same_for_100_values_as_for_100_000()
    {
        Complexity.AssertConstantPerOperation(
            count =>
            {
                var stream = SeededStream(count);
                return () => _ = stream.Median;
            },
            small: 100,
            large: 100_000,
            what: "Median");
    }

    [Test, Task(4), Points(2)]
    public void Median_allocates_nothing()
    {
        var stream = SeededStream(1_000);

        Allocations.AssertAtMostPerCall(() => _ = stream.Median, bytesPerCall: 0, what: "Median", calls: 10_000);
    }

    private static MedianStream Stream(params int[] values)
    {
        var stream = new MedianStream();
        foreach (var value in values)
        {
            stream.Add(value);
        }

        return stream;
    }

    private static MedianStream SeededStream(int count)
    {
        var random = SeededData.Random(count);
        var stream = new MedianStream();
        for (var i = 0; i < count; i++)
        {
            stream.Add(random.Next());
        }

        return stream;
    }

    // The oracle keeps a sorted copy (an O(n) insert per value, fine at test sizes) and reads
    // the middle of it after every value.
    private static void AssertMedianAfterEveryValue(int[] values, string what)
    {
        var stream = new MedianStream();
        var sorted = new List<int>();
        for (var i = 0; i < values.Length; i++)
        {
            stream.Add(values[i]);
            var at = sorted.BinarySearch(values[i]);
            sorted.Insert(at < 0 ? ~at : at, values[i]);

            var middle = sorted.Count / 2;
            // A median of ints is exact in a double (a half at most), so equality is the right test.
            var expected = sorted.Count % 2 == 1 ? sorted[middle] : ((double)sorted[middle - 1] + sorted[middle]) / 2;
            if (stream.Median != expected)
            {
                Assert.Fail($"{what}: after value #{i} ({values[i]}), {sorted.Count} values, expected median {expected} but was {stream.Median}");
            }
        }
    }
}
