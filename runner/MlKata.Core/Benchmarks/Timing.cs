using System.Diagnostics;

namespace MlKata.Core.Benchmarks;

/// <summary>The run times of one path: BenchmarkDotNet-style warm-up, then measured calls, summarised by the median.</summary>
public sealed record Timing(IReadOnlyList<TimeSpan> Samples)
{
    /// <summary>The median call: robust to a stray GC or a noisy neighbour, unlike the mean.</summary>
    public TimeSpan Median
    {
        get
        {
            var sorted = Samples.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    /// <summary>The median with the range around it, in milliseconds: "534 ms (442–861)".</summary>
    public string MedianAndRange => $"{Median.TotalMilliseconds:0} ms ({Samples.Min().TotalMilliseconds:0}–{Samples.Max().TotalMilliseconds:0})";

    /// <summary>Times <paramref name="call"/>: warm-up calls, then at least <paramref name="minimumSamples"/> measured calls, more while <paramref name="budget"/> lasts (at most 50).</summary>
    public static Timing Measure(Action call, TimeSpan budget, int minimumSamples = 5)
    {
        WarmUp(call, budget);
        return MeasureInterleaved([call], budget, minimumSamples)[0];
    }

    /// <summary>
    /// Warm-up calls: 3, or a quarter of <paramref name="budget"/>, whichever is longer (at most 20).
    /// The JIT's later tiers, the thread pool's threads and the GC's heap sizing all settle over
    /// the first calls, and a path measured first must not pay for them.
    /// </summary>
    public static void WarmUp(Action call, TimeSpan budget)
    {
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < 3 || (warmUp.Elapsed < budget / 4 && i < 20); i++)
        {
            call();
        }
    }

    /// <summary>
    /// Times warmed-up <paramref name="calls"/> in alternating rounds, one call of each per round,
    /// for at least <paramref name="minimumSamples"/> rounds and while <paramref name="budget"/> per
    /// call lasts (at most 50 rounds). Alternating makes the comparison fair on a machine whose
    /// speed drifts (a shared VM): a slow minute slows every path, not just the one measured then.
    /// Each call starts from a collected heap.
    /// </summary>
    public static IReadOnlyList<Timing> MeasureInterleaved(IReadOnlyList<Action> calls, TimeSpan budget, int minimumSamples = 5)
    {
        var samples = calls.Select(_ => new List<TimeSpan>()).ToList();
        var total = Stopwatch.StartNew();
        for (var round = 0; round < minimumSamples || (total.Elapsed < budget * calls.Count && round < 50); round++)
        {
            for (var i = 0; i < calls.Count; i++)
            {
                // A full collection first, off the clock, as BenchmarkDotNet does between
                // iterations: the garbage one path leaves (a 16 MiB result) is then never
                // collected on the next path's time. Each call still pays for what it allocates.
                GC.Collect();
                var one = Stopwatch.StartNew();
                calls[i]();
                samples[i].Add(one.Elapsed);
            }
        }

        return samples.Select(s => new Timing(s)).ToList();
    }
}
