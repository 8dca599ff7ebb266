using MlKata.Testing.Benchmarks;

namespace MlKata.Core.Benchmarks;

/// <summary>One measured path of a bench run.</summary>
/// <param name="Path">What ran: "scalar baseline", "reference SIMD", "your kernel"….</param>
/// <param name="Timing">Its run times; null when it failed.</param>
/// <param name="Throughput">Work per second, in the report's unit.</param>
/// <param name="ShareOfPeak">Throughput over the peak of the device it ran on.</param>
/// <param name="SpeedUpOverScalar">Scalar baseline median over this path's median.</param>
/// <param name="RelativeToReference">For the learner's paths: the reference path's median over this one's (1 = as fast).</param>
/// <param name="Error">Why it has no timing: the exception it threw.</param>
public sealed record BenchRow(
    string Path,
    Timing? Timing,
    double? Throughput,
    double? ShareOfPeak,
    double? SpeedUpOverScalar,
    double? RelativeToReference,
    string? Error);

/// <summary>What `mlkata bench` measured for one kata, in one run.</summary>
public sealed record BenchReport(
    string KataId,
    string Problem,
    WorkUnit Unit,
    string Device,
    Peak CpuPeak,
    Peak? GpuPeak,
    IReadOnlyList<BenchRow> Rows,
    IReadOnlyList<string> Notes);
