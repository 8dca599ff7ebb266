// Mistake: Compute ignores device.Accelerator and always runs the SIMD path on
// the CPU: a GPU it is given sits idle, and the result says Cpu.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.Softmax;

/// <summary>Softmax and log-softmax over each row of an [n, classes] matrix of logits.</summary>
public static class Softmax
{
    /// <summary>Task 1: softmax of each row, shifted by the row's max so that no Exp overflows.</summary>
    public static float[,] Rows(float[,] logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        int n = logits.GetLength(0), classes = logits.GetLength(1);
        var probabilities = new float[n, classes];
        for (var r = 0; r < n; r++)
        {
            var max = float.NegativeInfinity;
            for (var c = 0; c < classes; c++)
            {
                max = MathF.Max(max, logits[r, c]);
            }

            var sum = 0f;
            for (var c = 0; c < classes; c++)
            {
                probabilities[r, c] = MathF.Exp(logits[r, c] - max);
                sum += probabilities[r, c];
            }

            for (var c = 0; c < classes; c++)
            {
                probabilities[r, c] /= sum;
            }
        }

        return probabilities;
    }

    /// <summary>Task 1: log-softmax of each row: x − max − log Σ exp(x − max), finite where softmax underflows to 0.</summary>
    public static float[,] LogRows(float[,] logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        int n = logits.GetLength(0), classes = logits.GetLength(1);
        var result = new float[n, classes];
        for (var r = 0; r < n; r++)
        {
            var max = float.NegativeInfinity;
            for (var c = 0; c < classes; c++)
            {
                max = MathF.Max(max, logits[r, c]);
            }

            var sum = 0f;
            for (var c = 0; c < classes; c++)
            {
                sum += MathF.Exp(logits[r, c] - max);
            }

            var logSum = MathF.Log(sum);
            for (var c = 0; c < classes; c++)
            {
                result[r, c] = logits[r, c] - max - logSum;
            }
        }

        return result;
    }

    /// <summary>Task 2: the row softmax from an ILGPU kernel, one thread per row.</summary>
    public static float[,] OnAccelerator(Accelerator accelerator, float[,] logits)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        ArgumentNullException.ThrowIfNull(logits);
        int n = logits.GetLength(0), classes = logits.GetLength(1);
        var probabilities = new float[n, classes];
        if (probabilities.Length == 0)
        {
            return probabilities;
        }

        using var input = accelerator.Allocate1D<float>(logits.Length);
        using var output = accelerator.Allocate1D<float>(logits.Length);
        input.View.CopyFromCPU(ref logits[0, 0], logits.Length);
        var kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, int>(RowKernel);
        kernel(n, input.View, output.View, classes);
        accelerator.Synchronize();
        output.View.CopyToCPU(ref probabilities[0, 0], probabilities.Length);
        return probabilities;
    }

    private static void RowKernel(Index1D row, ArrayView<float> logits, ArrayView<float> probabilities, int classes)
    {
        var start = row * classes;
        var max = float.NegativeInfinity;
        for (var c = 0; c < classes; c++)
        {
            max = MathF.Max(max, logits[start + c]);
        }

        var sum = 0f;
        for (var c = 0; c < classes; c++)
        {
            var e = MathF.Exp(logits[start + c] - max);
            probabilities[start + c] = e;
            sum += e;
        }

        var scale = 1f / sum;
        for (var c = 0; c < classes; c++)
        {
            probabilities[start + c] *= scale;
        }
    }

    /// <summary>Task 3: the fast CPU path: Vector512 max, exp and sum per row, rows spread over the cores.</summary>
    public static float[,] Simd(float[,] logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        int n = logits.GetLength(0), classes = logits.GetLength(1);
        var probabilities = new float[n, classes];
        if (probabilities.Length == 0)
        {
            return probabilities;
        }

        // Rows in chunks: one task per row would cost more to schedule than a short row costs to compute.
        var rowsPerChunk = Math.Max(1, 16_384 / classes);
        Parallel.For(0, (n + rowsPerChunk - 1) / rowsPerChunk, chunk =>
        {
            var end = Math.Min(n, (chunk + 1) * rowsPerChunk);
            for (var r = chunk * rowsPerChunk; r < end; r++)
            {
                SoftmaxRow(MemoryMarshal.CreateReadOnlySpan(ref logits[r, 0], classes), MemoryMarshal.CreateSpan(ref probabilities[r, 0], classes));
            }
        });
        return probabilities;
    }

    /// <summary>Task 3: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public static Computed<float[,]> Compute(ComputeDevice device, float[,] logits)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new(Simd(logits), ComputeBackend.Cpu);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiering would first run this loop unoptimised
    private static void SoftmaxRow(ReadOnlySpan<float> logits, Span<float> probabilities)
    {
        const int Lanes = 16;
        var c = 0;
        var maxVector = Vector512.Create(float.NegativeInfinity);
        for (; c + Lanes <= logits.Length; c += Lanes)
        {
            maxVector = Vector512.Max(maxVector, Vector512.Create(logits.Slice(c, Lanes)));
        }

        var max = float.NegativeInfinity;
        for (var lane = 0; lane < Lanes; lane++)
        {
            max = MathF.Max(max, maxVector.GetElement(lane));
        }

        for (; c < logits.Length; c++)
        {
            max = MathF.Max(max, logits[c]);
        }

        var shift = Vector512.Create(max);
        var sumVector = Vector512<float>.Zero;
        for (c = 0; c + Lanes <= logits.Length; c += Lanes)
        {
            var e = Vector512.Exp(Vector512.Create(logits.Slice(c, Lanes)) - shift);
            e.CopyTo(probabilities.Slice(c, Lanes));
            sumVector += e;
        }

        var sum = Vector512.Sum(sumVector);
        for (; c < logits.Length; c++)
        {
            probabilities[c] = MathF.Exp(logits[c] - max);
            sum += probabilities[c];
        }

        var scale = Vector512.Create(1f / sum);
        for (c = 0; c + Lanes <= probabilities.Length; c += Lanes)
        {
            (Vector512.Create(probabilities.Slice(c, Lanes)) * scale).CopyTo(probabilities.Slice(c, Lanes));
        }

        for (; c < probabilities.Length; c++)
        {
            probabilities[c] *= 1f / sum;
        }
    }
}
