using MlKata.Testing;
using MlKata.Testing.Gpu;
using NUnit.Framework;

namespace Katas.TiledMatmul.Tests;

public sealed class TiledMatmulTests : KernelFixture
{
    [Test, Task(1), Points(2)]
    public void Scalar_multiplies_a_2x3_by_a_3x2()
    {
        float[,] a = { { 1, 2, 3 }, { 4, 5, 6 } };
        float[,] b = { { 7, 8 }, { 9, 10 }, { 11, 12 } };

        NumericAssert.Close(new float[,] { { 58, 64 }, { 139, 154 } }, TiledMatmul.Scalar(a, b), 1e-5f);
    }

    [Test, Task(1), Points(1)]
    public void Scalar_times_the_identity_is_the_matrix_itself()
    {
        var a = SeededData.Matrix(5, 4, seed: 1);
        var identity = new float[4, 4];
        for (var i = 0; i < 4; i++)
        {
            identity[i, i] = 1f;
        }

        NumericAssert.Close(a, TiledMatmul.Scalar(a, identity), 0f);
    }

    [Test, Task(1), Points(1)]
    public void Mismatched_shapes_are_rejected_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() => TiledMatmul.Scalar(new float[2, 3], new float[4, 2]));

        Assert.That(error!.Message, Does.Contain("3").And.Contain("4"));
    }

    [Test, Task(1), Points(1)]
    public void Scalar_rejects_null_matrices()
    {
        Assert.Throws<ArgumentNullException>(() => TiledMatmul.Scalar(null!, new float[2, 2]));
        Assert.Throws<ArgumentNullException>(() => TiledMatmul.Scalar(new float[2, 2], null!));
    }

    [Test, Task(1), Points(1)]
    public void An_inner_dimension_of_zero_gives_zeros()
    {
        Assert.That(TiledMatmul.Scalar(new float[2, 0], new float[0, 3]), Is.EqualTo(new float[2, 3]));
    }

    // Every group launched on ILGPU's CPU emulator costs a learner's every check: 17 × 17 × 18
    // is the smallest with partial tiles in every dimension and two steps over k.
    [TestCase(16, 16, 16)]
    [TestCase(1, 1, 1)]
    [TestCase(17, 17, 18)]
    [Task(2), Points(2)]
    public void Kernel_matches_scalar_including_edge_tiles(int m, int k, int n)
    {
        var a = SeededData.Matrix(m, k, seed: m, min: -2, max: 2);
        var b = SeededData.Matrix(k, n, seed: n + 100, min: -2, max: 2);

        // Run twice: a missing barrier is a race, and a second launch sees the first one's stale tiles.
        for (var run = 0; run < 2; run++)
        {
            NumericAssert.Close(TiledMatmul.Scalar(a, b), TiledMatmul.OnAccelerator(Accelerator, a, b), 1e-4f, 1e-5f, $"run {run + 1}");
        }
    }

    [Test, Task(2), Points(1)]
    public void Kernel_handles_empty_matrices_and_rejects_mismatched_shapes()
    {
        Assert.That(TiledMatmul.OnAccelerator(Accelerator, new float[0, 3], new float[3, 4]), Is.Empty);
        Assert.That(TiledMatmul.OnAccelerator(Accelerator, new float[2, 0], new float[0, 3]), Is.EqualTo(new float[2, 3]));
        Assert.Throws<ArgumentException>(() => TiledMatmul.OnAccelerator(Accelerator, new float[2, 3], new float[4, 2]));
    }

    [Test, Task(2), Points(1)]
    public void Kernel_rejects_a_null_accelerator_or_null_matrices()
    {
        Assert.Throws<ArgumentNullException>(() => TiledMatmul.OnAccelerator(null!, new float[2, 2], new float[2, 2]));
        Assert.Throws<ArgumentNullException>(() => TiledMatmul.OnAccelerator(Accelerator, null!, new float[2, 2]));
        Assert.Throws<ArgumentNullException>(() => TiledMatmul.OnAccelerator(Accelerator, new float[2, 2], null!));
    }

    [Test, Task(2), Points(1)]
    public void The_kernel_compiles_for_a_CUDA_GPU()
    {
        KernelAssert.EveryKernelCompilesForCuda(typeof(TiledMatmul).Assembly, "bar.sync", "a tiled kernel synchronises its group");
    }

    [TestCase(1, 1, 1)]
    [TestCase(7, 33, 31)]
    [TestCase(100, 129, 70)]
    [TestCase(7, 1100, 33)] // k over a thousand: a blocked path must add every depth block's partial sums
    [TestCase(7, 1024, 64)] // whole panels and one whole depth block: no loop may run a step past the end
    [Task(3), Points(2)]
    public void Simd_matches_scalar(int m, int k, int n)
    {
        var a = SeededData.Matrix(m, k, seed: m + 1, min: -2, max: 2);
        var b = SeededData.Matrix(k, n, seed: n + 2, min: -2, max: 2);

        NumericAssert.Close(TiledMatmul.Scalar(a, b), TiledMatmul.Simd(a, b), 1e-3f, 1e-4f);
    }

    [Test, Task(3), Points(1)]
    public void Simd_handles_empty_matrices_and_rejects_mismatched_shapes()
    {
        Assert.That(TiledMatmul.Simd(new float[0, 3], new float[3, 4]), Is.Empty);
        Assert.That(TiledMatmul.Simd(new float[2, 0], new float[0, 3]), Is.EqualTo(new float[2, 3]));
        Assert.Throws<ArgumentException>(() => TiledMatmul.Simd(new float[2, 3], new float[4, 2]));
    }

    [Test, Task(3), Points(1)]
    public void Simd_and_Compute_reject_null_arguments()
    {
        using var cpu = ComputeDevice.Cpu();

        Assert.Throws<ArgumentNullException>(() => TiledMatmul.Simd(null!, new float[2, 2]));
        Assert.Throws<ArgumentNullException>(() => TiledMatmul.Simd(new float[2, 2], null!));
        Assert.Throws<ArgumentNullException>(() => TiledMatmul.Compute(null!, new float[2, 2], new float[2, 2]));
        Assert.Throws<ArgumentNullException>(() => TiledMatmul.Compute(cpu, null!, new float[2, 2]));
    }

    [Test, Task(3), Points(1)]
    public void Compute_takes_the_SIMD_path_on_the_CPU_and_says_so()
    {
        using var cpu = ComputeDevice.Cpu();
        var a = SeededData.Matrix(40, 24, seed: 3);
        var b = SeededData.Matrix(24, 36, seed: 4);

        var computed = TiledMatmul.Compute(cpu, a, b);

        Assert.That(computed.Backend, Is.EqualTo(ComputeBackend.Cpu));
        NumericAssert.Close(TiledMatmul.Scalar(a, b), computed.Value, 1e-3f, 1e-4f);
    }

    [Test, Task(3), Points(1)]
    public void Compute_runs_the_kernel_on_a_device_with_an_accelerator_and_says_so()
    {
        var a = SeededData.Matrix(5, 7, seed: 5);
        var b = SeededData.Matrix(7, 6, seed: 6);

        var computed = TiledMatmul.Compute(AcceleratorDevice, a, b);

        Assert.That(computed.Backend, Is.EqualTo(AcceleratorDevice.Backend), $"given {AcceleratorDevice.Description}, the kernel runs there");
        NumericAssert.Close(TiledMatmul.Scalar(a, b), computed.Value, 1e-4f, 1e-5f);
    }
}
