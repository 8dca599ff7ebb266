using ILGPU.Runtime;
using MlKata.Testing;
using MlKata.Testing.Benchmarks;

namespace Katas.NearestNeighborSearch.Tests;

/// <summary>What `mlkata bench` measures: 256 queries, top 10 of an [n, 128] table; work counted as the similarity product.</summary>
public sealed class EmbeddingIndexBenchmark : KataBenchmark
{
    private const int Queries = 256;
    private const int Dimensions = 128;
    private EmbeddingIndex _index = null!;
    private float[,] _queries = new float[0, 0];

    public override int DefaultSize => 32_768;

    public override WorkUnit Unit => WorkUnit.Flops;

    public override string Describe(int size) => $"{Queries} queries, top 10 of {size} rows × {Dimensions}";

    public override double Work(int size) => 2.0 * Queries * size * Dimensions;

    public override void Prepare(int size)
    {
        _index = new EmbeddingIndex(SeededData.Matrix(size, Dimensions, seed: 1));
        _queries = SeededData.Matrix(Queries, Dimensions, seed: 2);
    }

    public override void RunScalar() => _index.Search(_queries, 10);

    public override void RunSimd() => _index.SearchSimd(_queries, 10);

    public override void RunKernel(Accelerator accelerator) => _index.SearchOnAccelerator(accelerator, _queries, 10);
}
