using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.WeightPruning;

/// <summary>Magnitude pruning of a dense layer's weights, in place; the bias is never pruned.</summary>
public static class WeightPruning
{
    /// <summary>Task 1: prunes <paramref name="weights"/> in place; returns the share of weights that are now 0.</summary>
    public static double Prune(float[,] weights, float[] bias, float threshold) => throw new NotImplementedException();

    /// <summary>Task 2: the same from an ILGPU kernel on <paramref name="accelerator"/>; the pruned weights come back into <paramref name="weights"/>.</summary>
    public static double PruneOnAccelerator(Accelerator accelerator, float[,] weights, float[] bias, float threshold) => throw new NotImplementedException();

    /// <summary>Task 3: the fast CPU path: SIMD and all cores.</summary>
    public static double PruneSimd(float[,] weights, float[] bias, float threshold) => throw new NotImplementedException();

    /// <summary>Task 3: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public static Computed<double> Prune(ComputeDevice device, float[,] weights, float[] bias, float threshold) => throw new NotImplementedException();
}
