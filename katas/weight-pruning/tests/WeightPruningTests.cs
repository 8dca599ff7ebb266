using System.Runtime.InteropServices;
using MlKata.Testing;
using MlKata.Testing.Gpu;
using NUnit.Framework;

namespace Katas.WeightPruning.Tests;

public sealed class WeightPruningTests : KernelFixture
{
    [Test, Task(1), Points(2)]
    public void Prune_zeros_small_weights_in_place_and_reports_sparsity()
    {
        float[,] weights = { { 0.5f, -0.05f, 0.2f }, { -0.3f, 0.01f, 0f } };

        var sparsity = WeightPruning.Prune(weights, [0.01f, -0.02f], threshold: 0.1f);

        Assert.That(weights, Is.EqualTo(new float[,] { { 0.5f, 0f, 0.2f }, { -0.3f, 0f, 0f } }));
        Assert.That(sparsity, Is.EqualTo(0.5).Within(1e-12), "3 of 6 weights are zero (one already was)");
    }

    [Test, Task(1), Points(2)]
    public void Prune_never_touches_the_bias()
    {
        var weights = SeededData.Matrix(4, 6, seed: 1);
        float[] bias = [0.001f, -0.002f, 0f, 0.5f];

        WeightPruning.Prune(weights, bias, threshold: 0.5f);

        Assert.That(bias, Is.EqualTo(new[] { 0.001f, -0.002f, 0f, 0.5f }), "the bias is not a connection: pruning it shifts every activation");
    }

    [Test, Task(1), Points(1)]
    public void A_weight_exactly_at_the_threshold_is_kept_and_a_zero_threshold_prunes_nothing()
    {
        float[,] weights = { { 0.1f, -0.1f, 0.0999f } };

        WeightPruning.Prune(weights, [0f], threshold: 0.1f);
        Assert.That(weights, Is.EqualTo(new float[,] { { 0.1f, -0.1f, 0f } }));

        float[,] untouched = { { 1e-30f, -1e-30f } };
        Assert.That(WeightPruning.Prune(untouched, [0f], threshold: 0f), Is.Zero);
        Assert.That(untouched, Is.EqualTo(new float[,] { { 1e-30f, -1e-30f } }));
    }

    [Test, Task(1), Points(2)]
    public void Prune_allocates_nothing()
    {
        var weights = SeededData.Matrix(64, 64, seed: 2);
        var bias = new float[64];

        Allocations.AssertAtMostPerCall(() => WeightPruning.Prune(weights, bias, 0.3f), bytesPerCall: 0, "Prune (in place: no new matrix)", calls: 50);
    }

    [Test, Task(1), Points(1)]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightPruning.Prune(new float[2, 2], new float[2], -0.1f));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightPruning.Prune(new float[2, 2], new float[2], float.NaN));
        Assert.Throws<ArgumentException>(() => WeightPruning.Prune(new float[2, 2], new float[3], 0.1f));
        Assert.Throws<ArgumentNullException>(() => WeightPruning.Prune(null!, new float[2], 0.1f));
        Assert.Throws<ArgumentNullException>(() => WeightPruning.Prune(new float[2, 2], null!, 0.1f));
    }

    [Test, Task(1), Points(1)]
    public void An_empty_layer_has_sparsity_zero()
    {
        Assert.That(WeightPruning.Prune(new float[0, 0], [], 0.1f), Is.Zero, "no weights: nothing is zero, and 0 / 0 is not a sparsity");
    }

    [TestCase(1, 1)]
    [TestCase(17, 33)]
    [TestCase(30, 70)] // 2 100 threads: several groups of 256 and a partial one
    [Task(2), Points(2)]
    public void Kernel_matches_Prune(int outputs, int inputs)
    {
        var expected = SeededData.Matrix(outputs, inputs, seed: outputs + inputs);
        var actual = (float[,])expected.Clone();
        var bias = SeededData.Vector(outputs, seed: 9, min: -0.01f, max: 0.01f);
        var biasBefore = (float[])bias.Clone();

        var expectedSparsity = WeightPruning.Prune(expected, (float[])bias.Clone(), 0.4f);
        var sparsity = WeightPruning.PruneOnAccelerator(Accelerator, actual, bias, 0.4f);

        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(sparsity, Is.EqualTo(expectedSparsity).Within(1e-12));
        Assert.That(bias, Is.EqualTo(biasBefore), "bias untouched");
    }

    [Test, Task(2), Points(1)]
    public void Kernel_path_rejects_bad_arguments_and_handles_an_empty_layer()
    {
        Assert.Throws<ArgumentNullException>(() => WeightPruning.PruneOnAccelerator(null!, new float[2, 2], new float[2], 0.1f));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightPruning.PruneOnAccelerator(Accelerator, new float[2, 2], new float[2], -0.1f));
        Assert.Throws<ArgumentException>(() => WeightPruning.PruneOnAccelerator(Accelerator, new float[2, 2], new float[3], 0.1f));
        Assert.That(WeightPruning.PruneOnAccelerator(Accelerator, new float[0, 0], [], 0.1f), Is.Zero);
    }

    [Test, Task(2), Points(1)]
    public void The_kernel_compiles_for_a_CUDA_GPU()
    {
        KernelAssert.EveryKernelCompilesForCuda(typeof(WeightPruning).Assembly);
    }

    [TestCase(1, 1)]
    [TestCase(7, 31)]
    [TestCase(60, 250)]
    [Task(3), Points(2)]
    public void Simd_matches_Prune(int outputs, int inputs)
    {
        var expected = SeededData.Matrix(outputs, inputs, seed: outputs * inputs);
        expected[0, 0] = 0f;
        var actual = (float[,])expected.Clone();
        var bias = new float[outputs];

        var expectedSparsity = WeightPruning.Prune(expected, bias, 0.25f);
        var sparsity = WeightPruning.PruneSimd(actual, bias, 0.25f);

        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(sparsity, Is.EqualTo(expectedSparsity).Within(1e-12));
    }

    [Test, Task(3), Points(2)]
    public void Simd_prunes_and_counts_every_chunk_of_a_layer_larger_than_one_chunk()
    {
        // 1 025 × 1 024 weights: a whole chunk of 2²⁰, then the last row alone in a second, partial
        // one. Only that row is small, so a chunk skipped, or read twice, changes the result.
        const int Outputs = 1025, Inputs = 1024;
        var weights = new float[Outputs, Inputs];
        var all = MemoryMarshal.CreateSpan(ref weights[0, 0], weights.Length);
        all[..^Inputs].Fill(0.5f);
        all[^Inputs..].Fill(0.1f);

        var sparsity = WeightPruning.PruneSimd(weights, new float[Outputs], threshold: 0.25f);

        Assert.That(sparsity, Is.EqualTo(1.0 / Outputs).Within(1e-12), "the last row's zeros, counted once");
        Assert.That(all[..^Inputs].IndexOfAnyExcept(0.5f), Is.EqualTo(-1), "index of the first weight of the first chunk that changed");
        Assert.That(all[^Inputs..].IndexOfAnyExcept(0f), Is.EqualTo(-1), "index in the last row of the first weight left unpruned");
    }

    [Test, Task(3), Points(1)]
    public void Simd_keeps_a_weight_exactly_at_the_threshold()
    {
        // Two rows of 41: whole vectors of 16 and a scalar tail (of each row, or of all 82 weights
        // taken as one span), each holding ±threshold and a weight just below it.
        var weights = new float[2, 41];
        for (var c = 0; c < 41; c++)
        {
            weights[0, c] = (c % 3) switch { 0 => 0.25f, 1 => -0.25f, _ => 0.2499f };
            weights[1, c] = -weights[0, c];
        }

        var expected = (float[,])weights.Clone();
        var expectedSparsity = WeightPruning.Prune(expected, new float[2], threshold: 0.25f);

        var sparsity = WeightPruning.PruneSimd(weights, new float[2], threshold: 0.25f);

        Assert.That(weights, Is.EqualTo(expected), "|w| < threshold is pruned, |w| == threshold is kept");
        Assert.That(sparsity, Is.EqualTo(expectedSparsity).Within(1e-12));
    }

    [Test, Task(3), Points(1)]
    public void Simd_rejects_bad_arguments_and_handles_an_empty_layer()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightPruning.PruneSimd(new float[2, 2], new float[2], -1f));
        Assert.That(WeightPruning.PruneSimd(new float[0, 0], [], 0.1f), Is.Zero);
    }

    [Test, Task(3), Points(1)]
    public void Compute_rejects_a_null_device()
    {
        Assert.Throws<ArgumentNullException>(() => WeightPruning.Prune((ComputeDevice)null!, new float[2, 2], new float[2], 0.1f));
    }

    [Test, Task(3), Points(1)]
    public void Compute_takes_the_SIMD_path_on_the_CPU_and_says_so()
    {
        using var cpu = ComputeDevice.Cpu();
        var weights = SeededData.Matrix(40, 50, seed: 3);
        var expected = (float[,])weights.Clone();
        var expectedSparsity = WeightPruning.Prune(expected, new float[40], 0.5f);

        var computed = WeightPruning.Prune(cpu, weights, new float[40], 0.5f);

        Assert.That(computed.Backend, Is.EqualTo(ComputeBackend.Cpu));
        Assert.That(computed.Value, Is.EqualTo(expectedSparsity).Within(1e-12));
        Assert.That(weights, Is.EqualTo(expected));
    }

    [Test, Task(3), Points(1)]
    public void Compute_runs_the_kernel_on_a_device_with_an_accelerator_and_says_so()
    {
        var weights = SeededData.Matrix(6, 11, seed: 4);
        var expected = (float[,])weights.Clone();
        var expectedSparsity = WeightPruning.Prune(expected, new float[6], 0.5f);

        var computed = WeightPruning.Prune(AcceleratorDevice, weights, new float[6], 0.5f);

        Assert.That(computed.Backend, Is.EqualTo(AcceleratorDevice.Backend), $"given {AcceleratorDevice.Description}, the kernel runs there");
        Assert.That(computed.Value, Is.EqualTo(expectedSparsity).Within(1e-12));
        Assert.That(weights, Is.EqualTo(expected));
    }
}
