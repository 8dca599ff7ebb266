using MlKata.Testing;
using NUnit.Framework;
using static MlKata.Core.Tests.KitAssertions;

namespace MlKata.Core.Tests;

/// <summary>MlKata.Testing: the asserts every kata's tests lean on must fail when, and only when, they should.</summary>
public sealed class TestingKitTests
{
    [Test]
    public void Close_vectors_pass_and_the_first_differing_index_is_named()
    {
        Assert.That(FailureOf(() => NumericAssert.Close([1f, 2f, 3f], [1f, 2.000001f, 3f], 1e-5f)), Is.Null);

        var message = FailureOf(() => NumericAssert.Close([1f, 2f, 3f, 4f], [1f, 2.5f, 3f, 9f], 1e-5f, what: "output"));

        Assert.That(message, Does.StartWith("output[1]: expected 2").And.Contain("but was 2.5").And.Contain("first of 2 differing elements"));
    }

    [Test]
    public void Vectors_of_different_lengths_fail_naming_both()
    {
        Assert.That(FailureOf(() => NumericAssert.Close([1.0, 2.0], [1.0], 1e-9)), Does.Contain("expected length 2, but was 1"));
    }

    [Test]
    public void NaN_matches_only_NaN_and_infinity_only_itself()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NumericAssert.IsClose(double.NaN, double.NaN, 1e-9), Is.True);
            Assert.That(NumericAssert.IsClose(0.0, double.NaN, 1e9), Is.False);
            Assert.That(NumericAssert.IsClose(double.PositiveInfinity, double.PositiveInfinity, 0.0), Is.True);
            Assert.That(NumericAssert.IsClose(double.PositiveInfinity, double.MaxValue, 1e300), Is.False);
            Assert.That(NumericAssert.IsClose(100.0, 101.0, 0.0, relative: 0.02), Is.True);
        });
    }

    [Test]
    public void Matrices_name_the_first_differing_cell_and_a_shape_mismatch()
    {
        var expected = new float[,] { { 1, 2 }, { 3, 4 } };

        Assert.That(FailureOf(() => NumericAssert.Close(expected, new float[,] { { 1, 2 }, { 3, 5 } }, 1e-6f)), Does.StartWith("matrix[1, 1]"));
        Assert.That(FailureOf(() => NumericAssert.Close(expected, new float[2, 3], 1e-6f)), Does.Contain("expected shape [2, 2], but was [2, 3]"));
    }

    [Test]
    public void Constant_time_check_passes_O1_and_rejects_ON()
    {
        Assert.That(FailureOf(() => Complexity.AssertConstantPerOperation(n =>
        {
            var data = new int[n];
            var i = 0;
            return () => data[i++ % n]++;
        })), Is.Null, "an O(1) operation");

        var message = FailureOf(() => Complexity.AssertConstantPerOperation(n =>
        {
            var data = new List<int>(Enumerable.Range(0, n));
            return () =>
            {
                data.RemoveAt(0);
                data.Add(1);
            };
        }, what: "RemoveAt(0)"));

        Assert.That(message, Does.StartWith("RemoveAt(0) should be O(1)"));
    }

    [Test]
    public void Logarithmic_check_passes_a_binary_search_and_rejects_a_scan()
    {
        // Probes in a varying order, as keys arrive: one probe replayed would be learnt by the branch
        // predictor. At most 1 000 ints, in L1: a bare binary search over an array that other
        // processes evict from the cache pays a memory miss per level, which no fixed cost hides here.
        Func<int, Action> Lookup(Func<int[], int, int> find) => n =>
        {
            var sorted = Enumerable.Range(0, n).Select(i => 2 * i).ToArray();
            var probes = SeededData.Doubles(1024, seed: n).Select(d => (int)((d + 1) * n)).ToArray();
            var next = 0;
            return () => find(sorted, probes[next++ & 1023]);
        };

        Assert.That(FailureOf(() => Complexity.AssertLogarithmicPerOperation(Lookup((sorted, probe) => Array.BinarySearch(sorted, probe)), large: 1_000)), Is.Null, "a binary search");

        var message = FailureOf(() => Complexity.AssertLogarithmicPerOperation(Lookup((sorted, probe) => Array.FindIndex(sorted, value => value >= probe)), large: 1_000, what: "FindIndex"));

        Assert.That(message, Does.StartWith("FindIndex should be O(log n)"));
    }

    [Test]
    public void Linear_growth_check_passes_n_log_n_and_rejects_n_squared()
    {
        Assert.That(FailureOf(() => Complexity.AssertLinearGrowth(n =>
        {
            // Sixteen different inputs in turn, copied into one buffer: replaying a single small
            // input lets the branch predictor learn it (the 1 000-element sort then runs 10× too
            // fast), and a fresh 160 KB array per call would time large-object-heap collections.
            var inputs = Enumerable.Range(0, 16).Select(seed => SeededData.Doubles(n, seed)).ToArray();
            var buffer = new double[n];
            var next = 0;
            return () =>
            {
                inputs[next++ % inputs.Length].CopyTo(buffer, 0);
                buffer.AsSpan().Sort();
            };
        })), Is.Null, "a sort");

        var message = FailureOf(() => Complexity.AssertLinearGrowth(n =>
        {
            var data = SeededData.Doubles(n, seed: 1);
            return () =>
            {
                var pairs = 0;
                for (var i = 0; i < data.Length; i++)
                {
                    for (var j = 0; j < data.Length; j++)
                    {
                        pairs += data[i] < data[j] ? 1 : 0;
                    }
                }

                GC.KeepAlive(pairs);
            };
        }, small: 200, large: 4_000, what: "pair count"));

        Assert.That(message, Does.StartWith("pair count should grow at most linearly"));
    }

    [Test]
    public void Allocation_check_counts_bytes_per_call()
    {
        Assert.That(Allocations.PerCall(() => { }), Is.Zero);
        Assert.That(Allocations.PerCall(() => GC.KeepAlive(new byte[1000])), Is.GreaterThanOrEqualTo(1000));
        Assert.That(FailureOf(() => Allocations.AssertAtMostPerCall(() => GC.KeepAlive(new int[4]), 0, "call")), Does.StartWith("call allocates"));
    }

    [Test]
    public void Seeded_data_is_reproducible_and_in_range()
    {
        var first = SeededData.Vector(100, seed: 5);
        var again = SeededData.Vector(100, seed: 5);
        var series = SeededData.Series(10, seed: 3);
        var seriesAgain = SeededData.Series(10, seed: 3);
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(SeededData.Vector(100, seed: 5), Is.Not.EqualTo(SeededData.Vector(100, seed: 6)));
            Assert.That(SeededData.Vector(1000, seed: 5, min: 2, max: 3), Is.All.InRange(2f, 3f));
            Assert.That(SeededData.Matrix(3, 4, seed: 1).Length, Is.EqualTo(12));
            Assert.That(SeededData.Normal(50_000, seed: 2, mean: 10, standardDeviation: 2).Average(), Is.EqualTo(10).Within(0.05));
            Assert.That(seriesAgain, Is.EqualTo(series));
        });
    }

    [Test]
    public void Points_and_task_reject_values_below_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new PointsAttribute(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new TaskAttribute(0));
    }
}
