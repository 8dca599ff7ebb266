using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.PairwiseDistances;

/// <summary>Euclidean distances between every pair of rows of an [n, d] batch, as an [n, n] matrix.</summary>
public static class PairwiseDistances
{
    /// <summary>Task 1: the plain definition, one pair at a time.</summary>
    public static float[,] Scalar(float[,] points) => throw new NotImplementedException();

    /// <summary>
    /// Task 2: the same matrix from an ILGPU kernel on <paramref name="accelerator"/>. Write the
    /// kernel as a static method over ArrayView parameters, and the code that copies the points
    /// over, launches it and copies the distances back.
    /// </summary>
    public static float[,] OnAccelerator(Accelerator accelerator, float[,] points) => throw new NotImplementedException();

    /// <summary>Task 3: the fast CPU path: SIMD and all cores.</summary>
    public static float[,] Simd(float[,] points) => throw new NotImplementedException();

    /// <summary>Task 3: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public static Computed<float[,]> Compute(ComputeDevice device, float[,] points) => throw new NotImplementedException();
}
