using System.Diagnostics;
using NUnit.Framework;

namespace MlKata.Testing;

/// <summary>
/// Complexity claims tested by growth ratios, never by a fixed number of milliseconds.
/// Each check times the same code at a small and a large size in the thread's CPU time
/// (<see cref="ThreadCpuClock"/>), alternating rounds and keeping the fastest round of each,
/// so that a noisy neighbour, a wait for a core or a GC pause inflates neither side. The margins are wide (5× by default) because the mistakes they catch are
/// thousands of times off: an O(N) step at N = 100 000 against N = 10 is ~10 000×.
/// </summary>
public static class Complexity
{
    private const int Rounds = 5;

    // A ratio over the limit is measured again before it fails a test: a correct solution on a
    // machine busy with other work can lose one measurement, never three in a row, while a
    // wrong one is thousands of times over every time (and stops early each time).
    private const int Attempts = 3;
    private static readonly TimeSpan MinimumBatch = TimeSpan.FromMilliseconds(2);
    private const int MaximumCallsPerBatch = 1 << 20;

    /// <summary>
    /// Asserts that one operation costs about the same whether the structure holds
    /// <paramref name="small"/> or <paramref name="large"/> elements: an O(1) claim.
    /// </summary>
    /// <param name="createOperation">Builds a structure of the given size (untimed) and
    /// returns one operation on it; the operation is called many times.</param>
    /// <param name="small">The small size.</param>
    /// <param name="large">The large size.</param>
    /// <param name="maxRatio">The largest per-operation slow-down tolerated at the large size.</param>
    /// <param name="what">Names the operation in the failure message.</param>
    public static void AssertConstantPerOperation(
        Func<int, Action> createOperation, int small = 10, int large = 100_000, double maxRatio = 5, string what = "operation")
    {
        ArgumentNullException.ThrowIfNull(createOperation);
        var ratio = BestRatio(createOperation, small, large, maxRatio);
        if (ratio > maxRatio)
        {
            Assert.Fail($"{what} should be O(1), but one call at size {large:N0} costs {Show(ratio)} times one call at size {small:N0} (at most {maxRatio}× allowed).");
        }
    }

    /// <summary>
    /// Asserts that one operation grows at most logarithmically from <paramref name="small"/> to
    /// <paramref name="large"/> elements: an O(log n) claim (a binary search, a heap). log n grows
    /// a few times at most between sizes a test can build, and the operation's fixed cost (hashing
    /// a key, say) flattens it further, while an O(n) scan grows by the size ratio.
    /// </summary>
    /// <param name="createOperation">Builds a structure of the given size (untimed) and
    /// returns one operation on it; the operation is called many times.</param>
    /// <param name="small">The small size.</param>
    /// <param name="large">The large size.</param>
    /// <param name="maxRatio">The largest per-operation slow-down tolerated at the large size.</param>
    /// <param name="what">Names the operation in the failure message.</param>
    public static void AssertLogarithmicPerOperation(
        Func<int, Action> createOperation, int small = 10, int large = 100_000, double maxRatio = 10, string what = "operation")
    {
        ArgumentNullException.ThrowIfNull(createOperation);
        var ratio = BestRatio(createOperation, small, large, maxRatio);
        if (ratio > maxRatio)
        {
            Assert.Fail($"{what} should be O(log n), but one call at size {large:N0} costs {Show(ratio)} times one call at size {small:N0} (at most {maxRatio}× allowed).");
        }
    }

    /// <summary>
    /// Asserts that a whole run grows at most linearly (times <paramref name="margin"/>) from
    /// <paramref name="small"/> to <paramref name="large"/>: an O(n) or O(n log n) claim. An
    /// O(n²) run grows by the size ratio squared. Choose sizes at which the wrong complexity
    /// still finishes in well under a second. Give the run several inputs to take in turn: a
    /// data-dependent run (a sort) replayed on one small input is learnt by the branch
    /// predictor and runs many times faster than on fresh data, which inflates the ratio.
    /// </summary>
    /// <param name="createRun">Builds the input of the given size (untimed) and returns the run.</param>
    /// <param name="small">The small size.</param>
    /// <param name="large">The large size.</param>
    /// <param name="margin">How far over linear growth is tolerated.</param>
    /// <param name="what">Names the run in the failure message.</param>
    public static void AssertLinearGrowth(
        Func<int, Action> createRun, int small = 1_000, int large = 20_000, double margin = 5, string what = "run")
    {
        ArgumentNullException.ThrowIfNull(createRun);
        var allowed = (double)large / small * margin;
        var ratio = BestRatio(createRun, small, large, allowed);
        if (ratio > allowed)
        {
            Assert.Fail($"{what} should grow at most linearly, but going from size {small:N0} to {large:N0} ({large / small}× larger) made it {Show(ratio)} times slower (at most {Show(allowed)}× allowed).");
        }
    }

    private static double BestRatio(Func<int, Action> create, int small, int large, double limit)
    {
        var best = double.MaxValue;
        for (var attempt = 0; attempt < Attempts && best > limit; attempt++)
        {
            best = Math.Min(best, MeasureRatio(create, small, large, limit));
        }

        return best;
    }

    /// <summary>
    /// The per-call time at <paramref name="large"/> divided by the per-call time at
    /// <paramref name="small"/>, fastest round of each. A large-size batch stops early once it
    /// is clearly past <paramref name="failAbove"/>, so a wrong solution fails fast.
    /// </summary>
    public static double MeasureRatio(Func<int, Action> create, int small, int large, double failAbove)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(small, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(large, small);
        var smallCall = create(small);
        var largeCall = create(large);

        // Warm up both (JIT tiers) and size the batch so that the small side is measurable.
        var calls = CalibrateCalls(smallCall);
        Time(largeCall, Math.Min(calls, 16), TimeSpan.MaxValue);

        var bestSmall = double.MaxValue;
        var bestLarge = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            bestSmall = Math.Min(bestSmall, Time(smallCall, calls, TimeSpan.MaxValue).PerCall);
            var budget = TimeSpan.FromSeconds(bestSmall * calls * failAbove * 3);
            var (perCall, finished) = Time(largeCall, calls, budget);
            bestLarge = Math.Min(bestLarge, perCall);
            if (!finished)
            {
                break; // already far over the limit; no need to keep a wrong solution running
            }
        }

        return bestLarge / Math.Max(bestSmall, 1e-12);
    }

    private static int CalibrateCalls(Action call)
    {
        var calls = 16;
        while (calls < MaximumCallsPerBatch)
        {
            var (perCall, _) = Time(call, calls, TimeSpan.MaxValue);
            if (perCall * calls >= MinimumBatch.TotalSeconds)
            {
                break;
            }

            calls *= 2;
        }

        return calls;
    }

    // Cost is the thread's CPU time, so waiting for a core on a busy machine does not count; the
    // budget that cuts a wrong solution short is wall-clock time, since that is what a test waits.
    private static (double PerCall, bool Finished) Time(Action call, int calls, TimeSpan budget)
    {
        var stopwatch = Stopwatch.StartNew();
        var start = ThreadCpuClock.Now();
        for (var i = 0; i < calls; i++)
        {
            call();
            if ((i & 15) == 15 && stopwatch.Elapsed > budget)
            {
                return ((ThreadCpuClock.Now() - start) / (i + 1), false);
            }
        }

        return ((ThreadCpuClock.Now() - start) / calls, true);
    }

    private static string Show(double ratio) => ratio.ToString(ratio < 10 ? "0.0" : "N0", System.Globalization.CultureInfo.InvariantCulture);
}
