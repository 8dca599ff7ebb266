using ILGPU.Runtime;
using MlKata.Testing;
using MlKata.Testing.Benchmarks;

namespace Katas.PairwiseDistances.Tests;

/// <summary>What `mlkata bench` measures: an [n, 128] batch; work counted as one multiply-add per pair and feature.</summary>
public sealed class PairwiseDistancesBenchmark : KataBenchmark
{
    private const int Features = 128;
    private float[,] _points = new float[0, 0];

    public override int DefaultSize => 2048;

    public override WorkUnit Unit => WorkUnit.Flops;

    public override string Describe(int size) => $"{size} points × {Features} features";

    public override double Work(int size) => 2.0 * size * size * Features;

    public override void Prepare(int size) => _points = SeededData.Matrix(size, Features, seed: 1);

    public override void RunScalar() => PairwiseDistances.Scalar(_points);

    public override void RunSimd() => PairwiseDistances.Simd(_points);

    public override void RunKernel(Accelerator accelerator) => PairwiseDistances.OnAccelerator(accelerator, _points);
}
