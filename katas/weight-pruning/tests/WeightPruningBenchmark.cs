using ILGPU.Runtime;
using MlKata.Testing;
using MlKata.Testing.Benchmarks;

namespace Katas.WeightPruning.Tests;

/// <summary>What `mlkata bench` measures: an n × n layer pruned in place; each weight read once and written once.</summary>
public sealed class WeightPruningBenchmark : KataBenchmark
{
    private float[,] _weights = new float[0, 0];
    private float[] _bias = [];

    // 8192² weights = 256 MiB: past the last-level cache, like the copy that measures the peak.
    public override int DefaultSize => 8192;

    public override WorkUnit Unit => WorkUnit.Bytes;

    public override string Describe(int size) => $"{size} × {size} weights";

    public override double Work(int size) => 2.0 * sizeof(float) * size * size;

    // Pruning is idempotent: every call after the first does the same reads and writes.
    public override void Prepare(int size)
    {
        _weights = SeededData.Matrix(size, size, seed: 1);
        _bias = new float[size];
    }

    public override void RunScalar() => WeightPruning.Prune(_weights, _bias, 0.3f);

    public override void RunSimd() => WeightPruning.PruneSimd(_weights, _bias, 0.3f);

    public override void RunKernel(Accelerator accelerator) => WeightPruning.PruneOnAccelerator(accelerator, _weights, _bias, 0.3f);
}
