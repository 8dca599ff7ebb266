// Mistake: Forward(device, …) ignores device.Accelerator and always runs the SIMD path on
// the CPU: a GPU it is given sits idle, and the result says Cpu.
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.DenseReluLayer;

/// <summary>A fully connected layer followed by ReLU: y = max(0, Wx + b).</summary>
public sealed class DenseReluLayer
{
    private const int PanelWidth = 32; // two Vector512<float> of outputs per micro-kernel step
    private const int PanelRows = 6;   // 6 batch rows × 2 vectors = 12 accumulators, in registers
    private const int ChunkRows = 48;  // batch rows per task

    private readonly int _inputs;
    private readonly int _outputs;

    /// <summary>
    /// Creates a layer with He-normal weights (mean 0, variance 2 / <paramref name="inputs"/>)
    /// drawn from <paramref name="random"/>, and a zero bias.
    /// </summary>
    public DenseReluLayer(int inputs, int outputs, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputs);
        ArgumentNullException.ThrowIfNull(random);
        _inputs = inputs;
        _outputs = outputs;
        Weights = new float[outputs, inputs];
        Bias = new float[outputs];

        // He et al.: variance 2 / fan-in keeps the activations' scale steady through ReLU layers,
        // which zero half their inputs on average.
        var standardDeviation = Math.Sqrt(2.0 / inputs);
        for (var o = 0; o < outputs; o++)
        {
            for (var i = 0; i < inputs; i++)
            {
                Weights[o, i] = (float)(standardDeviation * StandardNormal(random));
            }
        }
    }

    /// <summary>The layer's own weight matrix, shaped [outputs, inputs].</summary>
    public float[,] Weights { get; }

    /// <summary>The layer's own bias vector, one entry per output.</summary>
    public float[] Bias { get; }

    /// <summary>The layer's output for one input vector.</summary>
    public float[] Forward(ReadOnlySpan<float> input)
    {
        if (input.Length != _inputs)
        {
            throw new ArgumentException($"The layer takes {_inputs} inputs, but the input has {input.Length}.", nameof(input));
        }

        var output = new float[_outputs];
        for (var o = 0; o < _outputs; o++)
        {
            output[o] = Activate(o, input);
        }

        return output;
    }

    /// <summary>The layer's output for each row of a [n, inputs] batch, as a [n, outputs] matrix.</summary>
    public float[,] Forward(float[,] batch)
    {
        CheckBatch(batch);
        var rows = batch.GetLength(0);
        var output = new float[rows, _outputs];
        var row = new float[_inputs]; // one buffer for every row, not one per row
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < _inputs; i++)
            {
                row[i] = batch[r, i];
            }

            for (var o = 0; o < _outputs; o++)
            {
                output[r, o] = Activate(o, row);
            }
        }

        return output;
    }

    /// <summary>Task 4: the batch forward from an ILGPU kernel on <paramref name="accelerator"/>, one thread per output cell.</summary>
    public float[,] ForwardOnAccelerator(Accelerator accelerator, float[,] batch)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        CheckBatch(batch);
        var rows = batch.GetLength(0);
        var output = new float[rows, _outputs];
        if (rows == 0)
        {
            return output;
        }

        using var input = accelerator.Allocate1D<float>(batch.Length);
        using var weights = accelerator.Allocate1D<float>(Weights.Length);
        using var bias = accelerator.Allocate1D(Bias);
        using var result = accelerator.Allocate1D<float>(output.Length);
        input.View.CopyFromCPU(ref batch[0, 0], batch.Length);
        weights.View.CopyFromCPU(ref Weights[0, 0], Weights.Length);
        var kernel = accelerator.LoadAutoGroupedStreamKernel<Index2D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int>(ForwardKernel);
        kernel(new Index2D(rows, _outputs), input.View, weights.View, bias.View, result.View, _inputs);
        accelerator.Synchronize();
        result.View.CopyToCPU(ref output[0, 0], output.Length);
        return output;
    }

    private static void ForwardKernel(Index2D cell, ArrayView<float> batch, ArrayView<float> weights, ArrayView<float> bias, ArrayView<float> output, int inputs)
    {
        int row = cell.X, unit = cell.Y;
        var z = bias[unit];
        for (var i = 0; i < inputs; i++)
        {
            z += weights[unit * inputs + i] * batch[row * inputs + i];
        }

        output[row * (int)bias.Length + unit] = MathF.Max(0f, z);
    }

    /// <summary>
    /// Task 5: the fast CPU batch forward. Y = X·Wᵀ is a matrix product: W's rows packed in
    /// panels of 32 outputs, a Vector512 micro-kernel of 6 batch rows × 32 outputs, then bias
    /// and ReLU; chunks of batch rows spread over the cores.
    /// </summary>
    public float[,] ForwardSimd(float[,] batch)
    {
        CheckBatch(batch);
        var rows = batch.GetLength(0);
        var output = new float[rows, _outputs];
        if (rows == 0)
        {
            return output;
        }

        // W packed once into panels of 32 outputs, shared by all tasks; each task takes a chunk of
        // batch rows. The panels live in a pooled buffer: fresh megabytes on every call are fresh
        // pages, and their first-touch faults cost milliseconds.
        var packed = ArrayPool<float>.Shared.Rent((_outputs + PanelWidth - 1) / PanelWidth * PanelWidth * _inputs);
        try
        {
            PackWeights(packed);
            Parallel.For(0, (rows + ChunkRows - 1) / ChunkRows, chunk => ForwardChunk(batch, packed, output, chunk * ChunkRows));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(packed);
        }

        return output;
    }

    /// <summary>Task 5: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public Computed<float[,]> Forward(ComputeDevice device, float[,] batch)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new(ForwardSimd(batch), ComputeBackend.Cpu);
    }

    private void CheckBatch(float[,] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.GetLength(1) != _inputs)
        {
            throw new ArgumentException($"The layer takes {_inputs} inputs, but the batch has {batch.GetLength(1)} columns.", nameof(batch));
        }
    }

    /// <summary>
    /// W's rows side by side in panels of 32 outputs, input-major: one step of the micro-kernel
    /// reads 32 consecutive floats. Filled panel by panel, so the writes are sequential; the
    /// missing outputs of the last panel are zeroed (a pooled buffer holds old data) and never written out.
    /// </summary>
    private void PackWeights(float[] packed)
    {
        for (var firstOutput = 0; firstOutput < _outputs; firstOutput += PanelWidth)
        {
            var width = Math.Min(PanelWidth, _outputs - firstOutput);
            var panel = packed.AsSpan(firstOutput * _inputs, PanelWidth * _inputs);
            if (width < PanelWidth)
            {
                panel.Clear();
            }

            for (var o = 0; o < width; o++)
            {
                var weights = MemoryMarshal.CreateReadOnlySpan(ref Weights[firstOutput + o, 0], _inputs);
                for (var i = 0; i < weights.Length; i++)
                {
                    panel[i * PanelWidth + o] = weights[i];
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiering would first run this loop unoptimised
    private void ForwardChunk(float[,] batch, float[] packed, float[,] output, int firstRow)
    {
        var lastRow = Math.Min(batch.GetLength(0), firstRow + ChunkRows);
        Span<float> block = stackalloc float[PanelRows * PanelWidth];
        ref var x = ref batch[0, 0];
        for (var firstOutput = 0; firstOutput < _outputs; firstOutput += PanelWidth)
        {
            var width = Math.Min(PanelWidth, _outputs - firstOutput);
            ref var w = ref packed[firstOutput * _inputs];
            for (var r = firstRow; r < lastRow; r += PanelRows)
            {
                var count = Math.Min(PanelRows, lastRow - r);
                if (count == PanelRows)
                {
                    SixRows(ref Unsafe.Add(ref x, r * _inputs), _inputs, ref w, block);
                }
                else
                {
                    for (var k = 0; k < count; k++)
                    {
                        OneRow(ref Unsafe.Add(ref x, (r + k) * _inputs), _inputs, ref w, block.Slice(k * PanelWidth, PanelWidth));
                    }
                }

                for (var k = 0; k < count; k++)
                {
                    var sums = block.Slice(k * PanelWidth, width);
                    var bias = Bias.AsSpan(firstOutput, width);
                    var activations = MemoryMarshal.CreateSpan(ref output[r + k, firstOutput], width);
                    for (var o = 0; o < width; o++)
                    {
                        activations[o] = MathF.Max(0f, sums[o] + bias[o]);
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SixRows(ref float row0, int inputs, ref float packed, Span<float> block)
    {
        ref var row1 = ref Unsafe.Add(ref row0, inputs);
        ref var row2 = ref Unsafe.Add(ref row0, 2 * inputs);
        ref var row3 = ref Unsafe.Add(ref row0, 3 * inputs);
        ref var row4 = ref Unsafe.Add(ref row0, 4 * inputs);
        ref var row5 = ref Unsafe.Add(ref row0, 5 * inputs);
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector512<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (var i = 0; i < inputs; i++)
        {
            var b0 = Vector512.LoadUnsafe(ref packed, (nuint)(i * PanelWidth));
            var b1 = Vector512.LoadUnsafe(ref packed, (nuint)(i * PanelWidth + 16));
            var a = Vector512.Create(Unsafe.Add(ref row0, i));
            c00 = Vector512.FusedMultiplyAdd(a, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(a, b1, c01);
            a = Vector512.Create(Unsafe.Add(ref row1, i));
            c10 = Vector512.FusedMultiplyAdd(a, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(a, b1, c11);
            a = Vector512.Create(Unsafe.Add(ref row2, i));
            c20 = Vector512.FusedMultiplyAdd(a, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(a, b1, c21);
            a = Vector512.Create(Unsafe.Add(ref row3, i));
            c30 = Vector512.FusedMultiplyAdd(a, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(a, b1, c31);
            a = Vector512.Create(Unsafe.Add(ref row4, i));
            c40 = Vector512.FusedMultiplyAdd(a, b0, c40);
            c41 = Vector512.FusedMultiplyAdd(a, b1, c41);
            a = Vector512.Create(Unsafe.Add(ref row5, i));
            c50 = Vector512.FusedMultiplyAdd(a, b0, c50);
            c51 = Vector512.FusedMultiplyAdd(a, b1, c51);
        }

        ref var o = ref MemoryMarshal.GetReference(block);
        c00.StoreUnsafe(ref o, 0); c01.StoreUnsafe(ref o, 16);
        c10.StoreUnsafe(ref o, 32); c11.StoreUnsafe(ref o, 48);
        c20.StoreUnsafe(ref o, 64); c21.StoreUnsafe(ref o, 80);
        c30.StoreUnsafe(ref o, 96); c31.StoreUnsafe(ref o, 112);
        c40.StoreUnsafe(ref o, 128); c41.StoreUnsafe(ref o, 144);
        c50.StoreUnsafe(ref o, 160); c51.StoreUnsafe(ref o, 176);
    }

    private static void OneRow(ref float row, int inputs, ref float packed, Span<float> block)
    {
        Vector512<float> c0 = default, c1 = default;
        for (var i = 0; i < inputs; i++)
        {
            var a = Vector512.Create(Unsafe.Add(ref row, i));
            c0 = Vector512.FusedMultiplyAdd(a, Vector512.LoadUnsafe(ref packed, (nuint)(i * PanelWidth)), c0);
            c1 = Vector512.FusedMultiplyAdd(a, Vector512.LoadUnsafe(ref packed, (nuint)(i * PanelWidth + 16)), c1);
        }

        ref var o = ref MemoryMarshal.GetReference(block);
        c0.StoreUnsafe(ref o, 0);
        c1.StoreUnsafe(ref o, 16);
    }

    private float Activate(int output, ReadOnlySpan<float> input)
    {
        var z = Bias[output];
        for (var i = 0; i < input.Length; i++)
        {
            z += Weights[output, i] * input[i];
        }

        return Math.Max(0f, z);
    }

    // Box-Muller: two uniforms from the caller's Random give one standard normal.
    private static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble(); // (0, 1]: Log never sees zero
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
