using MlKata.Testing;
using NUnit.Framework;

namespace Katas.SlidingWindowAverage.Tests;

public sealed class SlidingWindowAverageTests
{
    private const double Tolerance = 1e-9;

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(int.MinValue)]
    [Task(1), Points(1)]
    public void Constructor_rejects_a_window_size_that_is_not_positive(int windowSize)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlidingWindowAverage(windowSize));
    }

    [Test, Task(1), Points(1)]
    public void Average_of_an_empty_window_throws_InvalidOperationException()
    {
        var window = new SlidingWindowAverage(3);

        Assert.Throws<InvalidOperationException>(() => _ = window.Average);
    }

    [Test, Task(1), Points(1)]
    public void A_single_value_is_its_own_average()
    {
        var window = new SlidingWindowAverage(4);

        window.Add(2.5);

        Assert.That(window.Average, Is.EqualTo(2.5).Within(Tolerance));
    }

    [Test, Task(1), Points(2)]
    public void Before_the_window_fills_the_average_is_over_the_values_seen()
    {
        var window = new SlidingWindowAverage(5);

        window.Add(2);
        window.Add(4);
        Assert.That(window.Average, Is.EqualTo(3).Within(Tolerance), "average of 2 and 4 in a window of 5");

        window.Add(9);
        Assert.That(window.Average, Is.EqualTo(5).Within(Tolerance), "average of 2, 4 and 9 in a window of 5");
    }

    [Test, Task(1), Points(1)]
    public void Count_grows_with_each_value_then_stops_at_the_window_size()
    {
        var window = new SlidingWindowAverage(3);
        var counts = new List<int> { window.Count };
        for (var i = 0; i < 5; i++)
        {
            window.Add(i);
            counts.Add(window.Count);
        }

        Assert.That(counts, Is.EqualTo(new[] { 0, 1, 2, 3, 3, 3 }));
    }

    [Test, Task(1), Points(2)]
    public void A_full_window_slides_and_forgets_the_oldest_value()
    {
        var window = new SlidingWindowAverage(3);
        window.Add(1);
        window.Add(2);
        window.Add(3);
        Assert.That(window.Average, Is.EqualTo(2).Within(Tolerance), "window [1, 2, 3]");

        window.Add(10);
        Assert.That(window.Average, Is.EqualTo(5).Within(Tolerance), "window [2, 3, 10]: the 1 is gone");

        window.Add(20);
        Assert.That(window.Average, Is.EqualTo(11).Within(Tolerance), "window [3, 10, 20]: the 2 is gone");
    }

    [Test, Task(1), Points(1)]
    public void A_window_of_one_tracks_the_latest_value()
    {
        var window = new SlidingWindowAverage(1);
        foreach (var value in new[] { 7.0, -3.0, 0.5 })
        {
            window.Add(value);
            Assert.That(window.Average, Is.EqualTo(value).Within(Tolerance));
        }
    }

    [Test, Task(1), Points(1)]
    public void Negative_values_average_like_any_other()
    {
        var window = new SlidingWindowAverage(2);
        window.Add(-1.5);
        window.Add(-2.5);
        Assert.That(window.Average, Is.EqualTo(-2).Within(Tolerance));

        window.Add(4);
        Assert.That(window.Average, Is.EqualTo(0.75).Within(Tolerance));
    }

    [Test, Task(1), Points(2)]
    public void Matches_a_recomputed_average_at_every_step_of_a_long_seeded_stream()
    {
        const int windowSize = 37;
        var stream = SeededData.Series(5_000, seed: 11, level: 100, noise: 3);
        var window = new SlidingWindowAverage(windowSize);
        for (var i = 0; i < stream.Length; i++)
        {
            window.Add(stream[i]);
            var first = Math.Max(0, i - windowSize + 1);
            var expected = stream[first..(i + 1)].Average();
            NumericAssert.Close(expected, window.Average, Tolerance, Tolerance, $"average after value #{i}");
        }
    }

    [Test, Task(2), Points(3)]
    public void Add_and_Average_cost_the_same_for_a_window_of_10_as_for_100_000()
    {
        Complexity.AssertConstantPerOperation(
            windowSize =>
            {
                var window = new SlidingWindowAverage(windowSize);
                for (var i = 0; i < windowSize; i++)
                {
                    window.Add(i);
                }

                return () =>
                {
                    window.Add(1.0);
                    _ = window.Average;
                };
            },
            small: 10,
            large: 100_000,
            what: "Add + Average");
    }

    [Test, Task(2), Points(2)]
    public void Add_and_Average_allocate_nothing_once_the_window_is_full()
    {
        var window = new SlidingWindowAverage(1_000);
        for (var i = 0; i < 1_000; i++)
        {
            window.Add(i);
        }

        Allocations.AssertAtMostPerCall(
            () =>
            {
                window.Add(1.0);
                _ = window.Average;
            },
            bytesPerCall: 0,
            what: "Add + Average",
            calls: 10_000);
    }

    [Test, Task(3), Points(2)]
    public void A_huge_value_leaves_no_trace_once_it_has_left_the_window()
    {
        var window = new SlidingWindowAverage(4);
        window.Add(1e20);
        for (var value = 1; value <= 8; value++)
        {
            window.Add(value);
        }

        Assert.That(window.Average, Is.EqualTo(6.5).Within(Tolerance), "window [5, 6, 7, 8] after 1e20 was evicted two windows ago");
    }
}
