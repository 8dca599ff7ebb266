using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.NearestNeighborSearch;

/// <summary>Top-k cosine neighbours over an embedding table: higher similarity first, ties to the lower row index.</summary>
public sealed class EmbeddingIndex
{
    /// <summary>Builds the index over the rows of <paramref name="table"/>, [n, d]: do the per-row work here, once.</summary>
    public EmbeddingIndex(float[,] table) => throw new NotImplementedException();

    /// <summary>The number of rows.</summary>
    public int Count => throw new NotImplementedException();

    /// <summary>The embedding width.</summary>
    public int Dimensions => throw new NotImplementedException();

    /// <summary>Task 1: for each query, the indices of the k most similar rows, best first.</summary>
    public int[,] Search(float[,] queries, int k) => throw new NotImplementedException();

    /// <summary>Task 2: the same with the similarities computed by an ILGPU kernel on <paramref name="accelerator"/>.</summary>
    public int[,] SearchOnAccelerator(Accelerator accelerator, float[,] queries, int k) => throw new NotImplementedException();

    /// <summary>Task 3: the fast CPU path: SIMD and all cores.</summary>
    public int[,] SearchSimd(float[,] queries, int k) => throw new NotImplementedException();

    /// <summary>Task 3: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public Computed<int[,]> Search(ComputeDevice device, float[,] queries, int k) => throw new NotImplementedException();
}
