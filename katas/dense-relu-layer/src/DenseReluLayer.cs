using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.DenseReluLayer;

/// <summary>A fully connected layer followed by ReLU: y = max(0, Wx + b).</summary>
public sealed class DenseReluLayer
{
    /// <summary>
    /// Creates a layer with He-normal weights (mean 0, variance 2 / <paramref name="inputs"/>)
    /// drawn from <paramref name="random"/>, and a zero bias.
    /// </summary>
    public DenseReluLayer(int inputs, int outputs, Random random)
    {
        throw new NotImplementedException();
    }

    /// <summary>The layer's own weight matrix, shaped [outputs, inputs].</summary>
    public float[,] Weights => throw new NotImplementedException();

    /// <summary>The layer's own bias vector, one entry per output.</summary>
    public float[] Bias => throw new NotImplementedException();

    /// <summary>The layer's output for one input vector.</summary>
    public float[] Forward(ReadOnlySpan<float> input)
    {
        throw new NotImplementedException();
    }

    /// <summary>The layer's output for each row of a [n, inputs] batch, as a [n, outputs] matrix.</summary>
    public float[,] Forward(float[,] batch)
    {
        throw new NotImplementedException();
    }

    /// <summary>
    /// Task 4: the batch forward from an ILGPU kernel on <paramref name="accelerator"/>: copy the
    /// batch, weights and bias over, launch, copy the [n, outputs] result back.
    /// </summary>
    public float[,] ForwardOnAccelerator(Accelerator accelerator, float[,] batch)
    {
        throw new NotImplementedException();
    }

    /// <summary>Task 5: the fast CPU batch forward: SIMD and all cores.</summary>
    public float[,] ForwardSimd(float[,] batch)
    {
        throw new NotImplementedException();
    }

    /// <summary>Task 5: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public Computed<float[,]> Forward(ComputeDevice device, float[,] batch)
    {
        throw new NotImplementedException();
    }
}
