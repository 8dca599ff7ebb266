using MlKata.Core.Benchmarks;
using MlKata.Testing.Benchmarks;
using NUnit.Framework;

namespace MlKata.Core.Tests;

public sealed class BenchTimingTests
{
    [Test]
    public void Every_timed_call_starts_from_a_collected_heap()
    {
        var collectionsSeen = new List<int>();
        Timing.MeasureInterleaved([() => collectionsSeen.Add(GC.CollectionCount(2)), () => { }], TimeSpan.Zero, minimumSamples: 4);

        Assert.That(collectionsSeen, Has.Count.EqualTo(4));
        Assert.That(collectionsSeen.Zip(collectionsSeen.Skip(1), (before, after) => after - before), Is.All.GreaterThanOrEqualTo(2),
            "a full collection before each of the two calls of a round");
    }

    [Test]
    public void Alternating_rounds_give_each_call_its_own_samples()
    {
        var calls = new int[3];
        var timings = Timing.MeasureInterleaved([() => calls[0]++, () => calls[1]++, () => calls[2]++], TimeSpan.Zero, minimumSamples: 5);

        Assert.That(calls, Is.EqualTo(new[] { 5, 5, 5 }));
        Assert.That(timings.Select(t => t.Samples.Count), Is.EqualTo(new[] { 5, 5, 5 }));
    }

    [Test]
    public void A_probe_turns_its_median_into_a_peak()
    {
        var probe = new PeakProbe(3e9, () => { }, perSecond => $"{perSecond / 1e9:0} per ns");

        var peak = probe.Peak(TimeSpan.FromMilliseconds(500));

        Assert.That(peak.PerSecond, Is.EqualTo(6e9).Within(1e-6).Percent);
        Assert.That(peak.How, Is.EqualTo("6 per ns"));
    }

    [TestCase(WorkUnit.Flops, "GHz effective")]
    [TestCase(WorkUnit.Bytes, "in-place read and write of 256 MiB")]
    public void The_CPU_probes_run_and_say_what_they_measured(WorkUnit unit, string how)
    {
        var probe = MachinePeak.CpuProbe(unit);

        var timing = Timing.Measure(probe.Run, TimeSpan.Zero, minimumSamples: 1);
        var peak = probe.Peak(timing.Median);

        Assert.That(peak.PerSecond, Is.Positive);
        Assert.That(peak.How, Does.Contain(how));
    }
}
