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

    /// <summary>
    /// Times <paramref name="call"/>: warm-up calls, then at least <paramref name="minimumSamples"/> measured
    /// calls, more while the budget lasts (at most 50).
    /// </summary>
    public static Timing Measure(Action call, TimeSpan budget, int minimumSamples = 5)
    {
        // Warm up for 3 calls and a quarter of the budget, whichever is longer (at most 20 calls):
        // the JIT's later tiers, the thread pool's threads and the GC's heap sizing all settle
        // over the first calls, and a path measured first must not pay for them.
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < 3 || (warmUp.Elapsed < budget / 4 && i < 20); i++)
        {
            call();
        }

        var samples = new List<TimeSpan>();
        var total = Stopwatch.StartNew();
        while (samples.Count < minimumSamples || (total.Elapsed < budget && samples.Count < 50))
        {
            var one = Stopwatch.StartNew();
            call();
            samples.Add(one.Elapsed);
        }

        return new Timing(samples);
    }
}
