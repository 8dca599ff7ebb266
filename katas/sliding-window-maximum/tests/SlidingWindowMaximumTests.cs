using MlKata.Testing;
using NUnit.Framework;

namespace Katas.SlidingWindowMaximum.Tests;

public sealed class SlidingWindowMaximumTests
{
    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(int.MinValue)]
    [Task(1), Points(1)]
    public void Rejects_a_window_size_that_is_not_positive(int windowSize)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SlidingWindowMaximum.Maxima([1, 2, 3], windowSize));
    }

    [Test, Task(1), Points(2)]
    public void Gives_the_maximum_of_each_window_in_order()
    {
        int[] values = [1, 3, -1, -3, 5, 3, 6, 7];

        Assert.That(SlidingWindowMaximum.Maxima(values, 3), Is.EqualTo(new[] { 3, 3, 5, 5, 6, 7 }));
    }

    [TestCase(4)]
    [TestCase(int.MaxValue)]
    [Task(1), Points(1)]
    public void A_window_longer_than_the_series_has_no_maxima(int windowSize)
    {
        Assert.That(SlidingWindowMaximum.Maxima([4, 8, 6], windowSize), Is.Empty);
    }

    [TestCase(1)]
    [TestCase(3)]
    [Task(1), Points(1)]
    public void An_empty_series_has_no_maxima(int windowSize)
    {
        Assert.That(SlidingWindowMaximum.Maxima([], windowSize), Is.Empty);
    }

    [Test, Task(1), Points(1)]
    public void A_window_of_one_gives_back_the_series()
    {
        var values = RandomValues(257, seed: 3, min: -1_000, max: 1_000);

        Assert.That(SlidingWindowMaximum.Maxima(values, 1), Is.EqualTo(values));
    }

    [Test, Task(1), Points(1)]
    public void A_window_as_long_as_the_series_gives_its_maximum_once()
    {
        var values = RandomValues(257, seed: 4, min: -1_000, max: 1_000);

        Assert.That(SlidingWindowMaximum.Maxima(values, values.Length), Is.EqualTo(new[] { values.Max() }));
    }

    [Test, Task(1), Points(1)]
    public void Negative_values_and_the_extremes_of_int_are_values_like_any_other()
    {
        int[] values = [-5, -2, -8, int.MinValue, -1, int.MaxValue, int.MinValue];

        Assert.That(SlidingWindowMaximum.Maxima(values, 2), Is.EqualTo(new[] { -2, -2, -8, -1, int.MaxValue, int.MaxValue }));
    }

    [Test, Task(1), Points(2)]
    public void In_a_falling_series_each_maximum_leaves_as_soon_as_its_window_has_passed()
    {
        int[] values = [9, 8, 7, 6, 5, 4];

        Assert.That(SlidingWindowMaximum.Maxima(values, 2), Is.EqualTo(new[] { 9, 8, 7, 6, 5 }), "window of 2");
        Assert.That(SlidingWindowMaximum.Maxima(values, 3), Is.EqualTo(new[] { 9, 8, 7, 6 }), "window of 3");
    }

    [Test, Task(1), Points(2)]
    public void Equal_values_each_stay_a_maximum_until_their_own_window_has_passed()
    {
        int[] values = [5, 5, 1, 1, 5, 2, 2, 0];

        Assert.That(SlidingWindowMaximum.Maxima(values, 2), Is.EqualTo(new[] { 5, 5, 1, 5, 5, 2, 2 }), "window of 2");
        Assert.That(SlidingWindowMaximum.Maxima(values, 3), Is.EqualTo(new[] { 5, 5, 5, 5, 5, 2 }), "window of 3");
    }

    [TestCase(-1, 2, TestName = "{m}(few distinct values)")]
    [TestCase(-1_000_000, 1_000_000, TestName = "{m}(many distinct values)")]
    [Task(1), Points(2)]
    public void Matches_a_scan_of_every_window_on_seeded_series(int min, int max)
    {
        foreach (var length in new[] { 1, 2, 7, 64, 301 })
        {
            var values = RandomValues(length, seed: length, min, max);
            foreach (var windowSize in new[] { 1, 2, 3, 5, 16, length - 1, length }.Where(size => size >= 1 && size <= length).Distinct())
            {
                Assert.That(SlidingWindowMaximum.Maxima(values, windowSize), Is.EqualTo(ScanEveryWindow(values, windowSize)), $"{length} values, window of {windowSize}");
            }
        }
    }

    [Test, Task(2), Points(3)]
    public void Costs_the_same_for_a_window_of_16_as_for_2_000_on_random_values()
    {
        // Several series in turn: one replayed alone would be learnt by the branch predictor
        // and make the small window look cheaper than it is. A window of 16, not 1, for the
        // same reason: with one candidate at most, a deque never branches on the data.
        const int Length = 4_000;
        var series = Enumerable.Range(0, 8).Select(seed => RandomValues(Length, seed, int.MinValue, int.MaxValue)).ToArray();
        Complexity.AssertConstantPerOperation(
            windowSize =>
            {
                var next = 0;
                return () => SlidingWindowMaximum.Maxima(series[next++ % series.Length], windowSize);
            },
            small: 16,
            large: Length / 2,
            what: $"One Maxima call over {Length:N0} random values, as a function of the window size,");
    }

    [Test, Task(2), Points(3)]
    public void Costs_the_same_for_a_window_of_2_as_for_half_a_falling_series()
    {
        // Each value of a falling series stays a candidate until its window has passed: the
        // candidates fill the whole window, and every step evicts the oldest. A deque whose
        // front removal shifts the rest (List.RemoveAt(0)) pays k per step here, and only here.
        // The shorter series goes first, so that a scan of every window fails before the longer
        // one would take seconds.
        foreach (var length in new[] { 2_000, 30_000 })
        {
            var falling = Enumerable.Range(0, length).Select(i => length - i).ToArray();
            Complexity.AssertConstantPerOperation(
                windowSize => () => SlidingWindowMaximum.Maxima(falling, windowSize),
                small: 2,
                large: length / 2,
                what: $"One Maxima call over a falling series of {length:N0} values, as a function of the window size,");
        }
    }

    private static int[] RandomValues(int length, int seed, int min, int max)
    {
        var random = SeededData.Random(seed);
        return Enumerable.Range(0, length).Select(_ => random.Next(min, max)).ToArray();
    }

    private static int[] ScanEveryWindow(int[] values, int windowSize) =>
        Enumerable.Range(0, values.Length - windowSize + 1)
            .Select(start => values.Skip(start).Take(windowSize).Max())
            .ToArray();
}
