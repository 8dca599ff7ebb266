// Mistake: Prune(device, …) ignores device.Accelerator and always runs the SIMD path on
// the CPU: a GPU it is given sits idle, and the result says Cpu.
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.WeightPruning;

/// <summary>
/// Magnitude pruning of a dense layer: every weight with |w| below a threshold becomes 0, in
/// place. The bias is never pruned: it is one value per output, and zeroing it shifts every
/// activation instead of removing a connection.
/// </summary>
public static class WeightPruning
{
    /// <summary>Task 1: prunes <paramref name="weights"/> in place; returns the share of weights that are now 0.</summary>
    public static double Prune(float[,] weights, float[] bias, float threshold)
    {
        Validate(weights, bias, threshold);
        var zeros = 0L;
        for (var o = 0; o < weights.GetLength(0); o++)
        {
            for (var i = 0; i < weights.GetLength(1); i++)
            {
                if (MathF.Abs(weights[o, i]) < threshold)
                {
                    weights[o, i] = 0f;
                }

                if (weights[o, i] == 0f)
                {
                    zeros++;
                }
            }
        }

        return Sparsity(zeros, weights.Length);
    }

    /// <summary>Task 2: the same from an ILGPU kernel: the weights go to the device, are pruned there and come back.</summary>
    public static double PruneOnAccelerator(Accelerator accelerator, float[,] weights, float[] bias, float threshold)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        Validate(weights, bias, threshold);
        if (weights.Length == 0)
        {
            return 0;
        }

        using var buffer = accelerator.Allocate1D<float>(weights.Length);
        using var zeros = accelerator.Allocate1D<long>(1);
        buffer.View.CopyFromCPU(ref weights[0, 0], weights.Length);
        zeros.MemSetToZero();
        var kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<long>, float>(PruneKernel);
        kernel(weights.Length, buffer.View, zeros.View, threshold);
        accelerator.Synchronize();
        buffer.View.CopyToCPU(ref weights[0, 0], weights.Length);
        return Sparsity(zeros.GetAsArray1D()[0], weights.Length);
    }

    private static void PruneKernel(Index1D index, ArrayView<float> weights, ArrayView<long> zeros, float threshold)
    {
        if (MathF.Abs(weights[index]) < threshold)
        {
            weights[index] = 0f;
        }

        if (weights[index] == 0f)
        {
            Atomic.Add(ref zeros[0], 1L);
        }
    }

    /// <summary>Task 3: the fast CPU path: a Vector512 compare-and-select over the weights, rows spread over the cores.</summary>
    public static double PruneSimd(float[,] weights, float[] bias, float threshold)
    {
        Validate(weights, bias, threshold);
        if (weights.Length == 0)
        {
            return 0;
        }

        // Chunks of about a million weights: big enough to amortise a task, small enough to balance.
        var all = weights.Length;
        const int ChunkSize = 1 << 20;
        var zeros = 0L;
        Parallel.For(
            0,
            (all + ChunkSize - 1) / ChunkSize,
            () => 0L,
            (chunk, _, count) =>
            {
                var start = chunk * ChunkSize;
                var span = MemoryMarshal.CreateSpan(ref Unsafe.Add(ref weights[0, 0], start), Math.Min(ChunkSize, all - start));
                return count + PruneSpan(span, threshold);
            },
            count => Interlocked.Add(ref zeros, count));
        return Sparsity(zeros, all);
    }

    /// <summary>Task 3: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public static Computed<double> Prune(ComputeDevice device, float[,] weights, float[] bias, float threshold)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new(PruneSimd(weights, bias, threshold), ComputeBackend.Cpu);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiering would first run this loop unoptimised
    private static long PruneSpan(Span<float> weights, float threshold)
    {
        const int Lanes = 16;
        var limit = Vector512.Create(threshold);
        var zeros = 0L;
        var i = 0;
        for (; i + Lanes <= weights.Length; i += Lanes)
        {
            var w = Vector512.LoadUnsafe(ref MemoryMarshal.GetReference(weights), (nuint)i);
            var pruned = Vector512.ConditionalSelect(Vector512.LessThan(Vector512.Abs(w), limit), Vector512<float>.Zero, w);
            pruned.StoreUnsafe(ref MemoryMarshal.GetReference(weights), (nuint)i);
            zeros += BitOperations.PopCount(Vector512.Equals(pruned, Vector512<float>.Zero).ExtractMostSignificantBits());
        }

        for (; i < weights.Length; i++)
        {
            if (MathF.Abs(weights[i]) < threshold)
            {
                weights[i] = 0f;
            }

            if (weights[i] == 0f)
            {
                zeros++;
            }
        }

        return zeros;
    }

    private static void Validate(float[,] weights, float[] bias, float threshold)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        if (bias.Length != weights.GetLength(0))
        {
            throw new ArgumentException($"The bias has {bias.Length} entries, but the weights have {weights.GetLength(0)} outputs.", nameof(bias));
        }

        if (!(threshold >= 0f))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be zero or more.");
        }
    }

    private static double Sparsity(long zeros, long count) => count == 0 ? 0 : (double)zeros / count;
}
