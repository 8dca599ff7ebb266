using ILGPU.Runtime;
using MlKata.Testing;
using MlKata.Testing.Benchmarks;

namespace Katas.Softmax.Tests;

/// <summary>What `mlkata bench` measures: n rows of 4096 logits; each value read once and written once.</summary>
public sealed class SoftmaxBenchmark : KataBenchmark
{
    private const int Classes = 4096;
    private float[,] _logits = new float[0, 0];

    public override int DefaultSize => 4096;

    public override WorkUnit Unit => WorkUnit.Bytes;

    public override string Describe(int size) => $"{size} rows × {Classes} logits";

    public override double Work(int size) => 2.0 * sizeof(float) * size * Classes;

    public override void Prepare(int size) => _logits = SeededData.Matrix(size, Classes, seed: 1, min: -20, max: 20);

    public override void RunScalar() => Softmax.Rows(_logits);

    public override void RunSimd() => Softmax.Simd(_logits);

    public override void RunKernel(Accelerator accelerator) => Softmax.OnAccelerator(accelerator, _logits);
}
