using ILGPU.Runtime;
using MlKata.Testing;
using MlKata.Testing.Benchmarks;

namespace Katas.TiledMatmul.Tests;

/// <summary>What `mlkata bench` measures: n × n times n × n, 2n³ floating-point operations.</summary>
public sealed class TiledMatmulBenchmark : KataBenchmark
{
    private float[,] _a = new float[0, 0];
    private float[,] _b = new float[0, 0];

    public override int DefaultSize => 1024;

    public override WorkUnit Unit => WorkUnit.Flops;

    public override string Describe(int size) => $"{size} × {size} × {size} SGEMM";

    public override double Work(int size) => 2.0 * size * size * size;

    public override void Prepare(int size)
    {
        _a = SeededData.Matrix(size, size, seed: 1);
        _b = SeededData.Matrix(size, size, seed: 2);
    }

    public override void RunScalar() => TiledMatmul.Scalar(_a, _b);

    public override void RunSimd() => TiledMatmul.Simd(_a, _b);

    public override void RunKernel(Accelerator accelerator) => TiledMatmul.OnAccelerator(accelerator, _a, _b);
}
