using MlKata.Testing;
using NUnit.Framework;

namespace Katas.MovingAverageSeries.Tests;

public sealed class MovingAverageSeriesTests
{
    // An exact sum divided once is within an ulp of the true mean; integer division or an
    // overflowed sum is off by far more.
    private const double Absolute = 1e-9;
    private const double Relative = 1e-12;

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(int.MinValue)]
    [Task(1), Points(1)]
    public void Rejects_a_window_size_that_is_not_positive(int windowSize)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MovingAverageSeries.Averages([1, 2, 3], windowSize));
    }

    [Test, Task(1), Points(2)]
    public void Gives_the_mean_of_each_window_in_order()
    {
        int[] values = [1, 2, 3, 4, 5, 6];

        AssertAverages([2.5, 3.5, 4.5], MovingAverageSeries.Averages(values, 4), "window of 4");
    }

    [Test, Task(1), Points(2)]
    public void Averages_keep_their_fractions_on_both_sides_of_zero()
    {
        AssertAverages([1.5], MovingAverageSeries.Averages([1, 2], 2), "mean of 1 and 2");
        AssertAverages([4.0 / 3], MovingAverageSeries.Averages([1, 1, 2], 3), "mean of 1, 1 and 2");
        AssertAverages([-1.5, -2.5], MovingAverageSeries.Averages([-1, -2, -3], 2), "means of negative pairs");
    }

    [TestCase(4)]
    [TestCase(int.MaxValue)]
    [Task(1), Points(1)]
    public void A_window_longer_than_the_series_has_no_averages(int windowSize)
    {
        Assert.That(MovingAverageSeries.Averages([4, 8, 6], windowSize), Is.Empty);
    }

    [TestCase(1)]
    [TestCase(3)]
    [Task(1), Points(1)]
    public void An_empty_series_has_no_averages(int windowSize)
    {
        Assert.That(MovingAverageSeries.Averages([], windowSize), Is.Empty);
    }

    [Test, Task(1), Points(1)]
    public void A_window_of_one_gives_back_the_series()
    {
        var values = RandomValues(257, seed: 3, min: -1_000, max: 1_000);

        AssertAverages(values.Select(value => (double)value).ToArray(), MovingAverageSeries.Averages(values, 1), "window of 1");
    }

    [Test, Task(1), Points(1)]
    public void A_window_as_long_as_the_series_gives_its_mean_once()
    {
        var values = RandomValues(257, seed: 4, min: -1_000, max: 1_000);

        AssertAverages([values.Average()], MovingAverageSeries.Averages(values, values.Length), "window of the whole series");
    }

    [Test, Task(1), Points(2)]
    public void Each_window_holds_exactly_its_size_in_values()
    {
        // A single spike shows which windows hold it: exactly the three that cover index 3.
        int[] values = [0, 0, 0, 9, 0, 0, 0];

        AssertAverages([0, 3, 3, 3, 0], MovingAverageSeries.Averages(values, 3), "a spike of 9 under a window of 3");
    }

    [TestCase(-1_000, 1_000, TestName = "{m}(small values)")]
    [TestCase(int.MinValue, int.MaxValue, TestName = "{m}(any int)")]
    [Task(1), Points(2)]
    public void Matches_the_mean_of_every_window_on_seeded_series(int min, int max)
    {
        foreach (var length in new[] { 1, 2, 7, 64, 301 })
        {
            var values = RandomValues(length, seed: length, min, max);
            foreach (var windowSize in new[] { 1, 2, 3, 5, 16, length - 1, length }.Where(size => size >= 1 && size <= length).Distinct())
            {
                AssertAverages(MeanOfEveryWindow(values, windowSize), MovingAverageSeries.Averages(values, windowSize), $"{length} values, window of {windowSize}");
            }
        }
    }

    [Test, Task(2), Points(3)]
    public void Costs_the_same_for_a_window_of_1_as_for_2_000()
    {
        const int Length = 4_000;
        var values = RandomValues(Length, seed: 5, min: -1_000, max: 1_000);
        Complexity.AssertConstantPerOperation(
            windowSize => () => MovingAverageSeries.Averages(values, windowSize),
            small: 1,
            large: Length / 2,
            what: $"One Averages call over {Length:N0} values, as a function of the window size,");
    }

    [Test, Task(3), Points(2)]
    public void Values_near_int_MaxValue_do_not_overflow_the_sum()
    {
        var random = SeededData.Random(6);
        var values = Enumerable.Range(0, 50).Select(_ => int.MaxValue - random.Next(1_000)).ToArray();

        foreach (var windowSize in new[] { 2, 10, 50 })
        {
            AssertAverages(MeanOfEveryWindow(values, windowSize), MovingAverageSeries.Averages(values, windowSize), $"values near int.MaxValue, window of {windowSize}");
        }
    }

    [Test, Task(3), Points(2)]
    public void Alternating_int_MinValue_and_int_MaxValue_average_exactly()
    {
        var values = Enumerable.Range(0, 9).Select(i => i % 2 == 0 ? int.MaxValue : int.MinValue).ToArray();

        AssertAverages(values.Select(value => (double)value).ToArray(), MovingAverageSeries.Averages(values, 1), "window of 1");
        AssertAverages(Enumerable.Repeat(-0.5, 8).ToArray(), MovingAverageSeries.Averages(values, 2), "window of 2");
        AssertAverages(MeanOfEveryWindow(values, 3), MovingAverageSeries.Averages(values, 3), "window of 3");
    }

    private static int[] RandomValues(int length, int seed, int min, int max)
    {
        var random = SeededData.Random(seed);
        return Enumerable.Range(0, length).Select(_ => random.Next(min, max)).ToArray();
    }

    // Each window added up afresh in long: slow, and right by construction.
    private static double[] MeanOfEveryWindow(int[] values, int windowSize) =>
        Enumerable.Range(0, values.Length - windowSize + 1)
            .Select(start => values.Skip(start).Take(windowSize).Sum(value => (long)value) / (double)windowSize)
            .ToArray();

    private static void AssertAverages(double[] expected, double[] actual, string what) =>
        NumericAssert.Close<double>(expected, actual, Absolute, Relative, what);
}
