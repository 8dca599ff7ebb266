using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.TiledMatmul;

/// <summary>The matrix product C = A·B of an [m, k] and a [k, n] matrix.</summary>
public static class TiledMatmul
{
    /// <summary>Task 1: the triple loop. Shapes that do not fit throw ArgumentException naming both.</summary>
    public static float[,] Scalar(float[,] a, float[,] b) => throw new NotImplementedException();

    /// <summary>
    /// Task 2: the product from an ILGPU kernel on <paramref name="accelerator"/> that stages
    /// tiles of A and B in shared memory; the host code copies, launches and copies back.
    /// </summary>
    public static float[,] OnAccelerator(Accelerator accelerator, float[,] a, float[,] b) => throw new NotImplementedException();

    /// <summary>Task 3: the fast CPU path: SIMD and all cores.</summary>
    public static float[,] Simd(float[,] a, float[,] b) => throw new NotImplementedException();

    /// <summary>Task 3: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public static Computed<float[,]> Compute(ComputeDevice device, float[,] a, float[,] b) => throw new NotImplementedException();
}
