using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ILGPU.Runtime;
using ILGPU.Runtime.Cuda;
using MlKata.Testing.Benchmarks;

namespace MlKata.Core.Benchmarks;

/// <summary>A device's peak throughput, and how it was obtained.</summary>
public sealed record Peak(double PerSecond, string How);

/// <summary>
/// One call's worth of a peak measurement: <see cref="Run"/> does <see cref="Work"/> FLOPs or
/// bytes on every core, and <see cref="Peak"/> turns its median time into the machine's peak.
/// </summary>
public sealed record PeakProbe(double Work, Action Run, Func<double, string> How)
{
    /// <summary>The peak implied by a call of <see cref="Run"/> taking <paramref name="median"/>.</summary>
    public Peak Peak(TimeSpan median)
    {
        var perSecond = Work / median.TotalSeconds;
        return new Peak(perSecond, How(perSecond));
    }
}

/// <summary>
/// The peaks a benchmark is compared with. The CPU's FP32 peak is cores × 16 lanes × 2 FMA
/// units × 2 FLOP × clock; rather than trust a nominal clock (a VM reports its base clock, the
/// core boosts), it is measured with independent FMA chains on every core, and the effective
/// clock is derived from it. The CPU's memory peak is a measured in-place pass over 256 MiB.
/// Both CPU peaks are probes timed in the same alternating rounds as the paths they judge: on a
/// shared VM whose second core comes and goes, a peak taken at a quiet moment would make every
/// path look slower than it is. A CUDA GPU's peaks come from its properties.
/// </summary>
public static class MachinePeak
{
    private const int Chains = 16;          // independent accumulators: enough to hide FMA latency on 2 pipes
    private const int FlopsPerFma = 2;
    private const int FmaUnits = 2;

    /// <summary>A probe of the CPU's peak for <paramref name="unit"/>, to be timed like a path.</summary>
    public static PeakProbe CpuProbe(WorkUnit unit) => unit == WorkUnit.Flops ? CpuFlops() : CpuMemoryBandwidth();

    private const double HertzPerMegahertz = 1e6;

    /// <summary>The peak for <paramref name="unit"/> on <paramref name="accelerator"/>, or null where its properties do not say.</summary>
    public static Peak? Gpu(Accelerator accelerator, WorkUnit unit)
    {
        if (accelerator.Device is not CudaDevice cuda || cuda.Architecture is not { } architecture)
        {
            return null;
        }

        // ILGPU gives both clocks in MHz (CUDA's own attributes are in kHz): on an H100 SXM,
        // ClockRate is 1 980 and MemoryClockRate 2 619, for 66.9 TFLOP/s and 3.35 TB/s.
        if (unit == WorkUnit.Bytes)
        {
            var bytesPerSecond = 2.0 * cuda.MemoryClockRate * HertzPerMegahertz * cuda.MemoryBusWidth / 8;
            return new Peak(bytesPerSecond, $"2 × {cuda.MemoryClockRate / 1e3:0.###} GHz memory clock × {cuda.MemoryBusWidth}-bit bus");
        }

        var cores = FpCoresPerMultiprocessor(architecture);
        var flops = (double)cuda.NumMultiprocessors * cores * FlopsPerFma * cuda.ClockRate * HertzPerMegahertz;
        return new Peak(flops, $"{cuda.NumMultiprocessors} SMs × {cores} FP32 cores × 2 FLOP × {cuda.ClockRate / 1e3:0.###} GHz");
    }

    // FP32 lanes per SM by compute capability (CUDA programming guide, arithmetic instructions table).
    private static int FpCoresPerMultiprocessor(CudaArchitecture architecture) => (architecture.Major, architecture.Minor) switch
    {
        (6, 0) => 64,
        (6, _) => 128,
        (7, _) => 64,
        (8, 0) => 64,
        (8, _) => 128,
        (9, _) => 128,
        (10, _) or (12, _) => 128,
        _ => 64,
    };

    private static PeakProbe CpuFlops()
    {
        var cores = Environment.ProcessorCount;
        const long Iterations = 2_000_000; // a few milliseconds a call, like the paths it is timed with
        var lanes = Vector512.IsHardwareAccelerated ? 16 : Vector256.IsHardwareAccelerated ? 8 : 4;
        return new PeakProbe(
            (double)cores * Iterations * Chains * Vector512<float>.Count * FlopsPerFma, // what the chains compute, whatever the hardware's width
            () => Parallel.For(0, cores, new ParallelOptions { MaxDegreeOfParallelism = cores }, _ => FmaChains(Iterations)),
            flops => $"measured: {cores} cores × {lanes} lanes × {FmaUnits} FMA units × 2 FLOP × {flops / (cores * lanes * FmaUnits * FlopsPerFma) / 1e9:0.00} GHz effective");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static float FmaChains(long iterations)
    {
        var m = Vector512.Create(0.999999f);
        var a = Vector512.Create(1e-7f);
        Vector512<float> c0 = Vector512<float>.One, c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        Vector512<float> c8 = c0, c9 = c0, c10 = c0, c11 = c0, c12 = c0, c13 = c0, c14 = c0, c15 = c0;
        for (long i = 0; i < iterations; i++)
        {
            c0 = Vector512.FusedMultiplyAdd(c0, m, a); c1 = Vector512.FusedMultiplyAdd(c1, m, a);
            c2 = Vector512.FusedMultiplyAdd(c2, m, a); c3 = Vector512.FusedMultiplyAdd(c3, m, a);
            c4 = Vector512.FusedMultiplyAdd(c4, m, a); c5 = Vector512.FusedMultiplyAdd(c5, m, a);
            c6 = Vector512.FusedMultiplyAdd(c6, m, a); c7 = Vector512.FusedMultiplyAdd(c7, m, a);
            c8 = Vector512.FusedMultiplyAdd(c8, m, a); c9 = Vector512.FusedMultiplyAdd(c9, m, a);
            c10 = Vector512.FusedMultiplyAdd(c10, m, a); c11 = Vector512.FusedMultiplyAdd(c11, m, a);
            c12 = Vector512.FusedMultiplyAdd(c12, m, a); c13 = Vector512.FusedMultiplyAdd(c13, m, a);
            c14 = Vector512.FusedMultiplyAdd(c14, m, a); c15 = Vector512.FusedMultiplyAdd(c15, m, a);
        }

        // Returned so the JIT cannot drop the chains.
        return Vector512.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11 + c12 + c13 + c14 + c15);
    }

    private static PeakProbe CpuMemoryBandwidth()
    {
        // In place, like pruning or an activation: each cache line is read once and written back
        // once, with no write-allocate read of a second array. 256 MiB is far beyond any cache.
        const int Length = 64 << 20;
        var data = new float[Length];
        Array.Fill(data, 1f);
        var cores = Environment.ProcessorCount;
        var chunk = Length / cores;
        return new PeakProbe(
            2.0 * sizeof(float) * chunk * cores,
            () => Parallel.For(0, cores, c => ScaleInPlace(data.AsSpan(c * chunk, chunk))),
            _ => $"measured: in-place read and write of 256 MiB on {cores} cores");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScaleInPlace(Span<float> values)
    {
        var one = Vector512<float>.One;
        ref var start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(values);
        for (var i = 0; i + 16 <= values.Length; i += 16)
        {
            (Vector512.LoadUnsafe(ref start, (nuint)i) * one).StoreUnsafe(ref start, (nuint)i);
        }
    }
}
