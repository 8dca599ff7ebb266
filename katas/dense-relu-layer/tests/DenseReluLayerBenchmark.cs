using ILGPU.Runtime;
using MlKata.Testing;
using MlKata.Testing.Benchmarks;

namespace Katas.DenseReluLayer.Tests;

/// <summary>What `mlkata bench` measures: a batch of n rows through a 1024 → 1024 layer, 2·n·1024² floating-point operations.</summary>
public sealed class DenseReluLayerBenchmark : KataBenchmark
{
    private const int Width = 1024;
    private DenseReluLayer _layer = null!;
    private float[,] _batch = new float[0, 0];

    public override int DefaultSize => 1024;

    public override WorkUnit Unit => WorkUnit.Flops;

    public override string Describe(int size) => $"{size} rows through {Width} → {Width}";

    public override double Work(int size) => 2.0 * size * Width * Width;

    public override void Prepare(int size)
    {
        _layer = new DenseReluLayer(Width, Width, SeededData.Random(1));
        _batch = SeededData.Matrix(size, Width, seed: 2);
    }

    public override void RunScalar() => _layer.Forward(_batch);

    public override void RunSimd() => _layer.ForwardSimd(_batch);

    public override void RunKernel(Accelerator accelerator) => _layer.ForwardOnAccelerator(accelerator, _batch);
}
