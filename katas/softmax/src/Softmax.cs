using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.Softmax;

/// <summary>Softmax and log-softmax over each row of an [n, classes] matrix of logits.</summary>
public static class Softmax
{
    /// <summary>Task 1: softmax of each row; logits of ±1000 must give finite probabilities.</summary>
    public static float[,] Rows(float[,] logits) => throw new NotImplementedException();

    /// <summary>Task 1: log-softmax of each row, finite even where softmax underflows to 0.</summary>
    public static float[,] LogRows(float[,] logits) => throw new NotImplementedException();

    /// <summary>Task 2: the row softmax from an ILGPU kernel on <paramref name="accelerator"/>.</summary>
    public static float[,] OnAccelerator(Accelerator accelerator, float[,] logits) => throw new NotImplementedException();

    /// <summary>Task 3: the fast CPU path: SIMD and all cores.</summary>
    public static float[,] Simd(float[,] logits) => throw new NotImplementedException();

    /// <summary>Task 3: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public static Computed<float[,]> Compute(ComputeDevice device, float[,] logits) => throw new NotImplementedException();
}
