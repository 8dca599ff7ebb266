using MlKata.Testing;
using MlKata.Testing.Gpu;
using NUnit.Framework;

namespace Katas.PairwiseDistances.Tests;

public sealed class PairwiseDistancesTests : KernelFixture
{
    [Test, Task(1), Points(2)]
    public void Scalar_gives_the_distances_of_a_3_4_5_triangle()
    {
        float[,] points = { { 0, 0 }, { 3, 0 }, { 3, 4 } };

        var distances = PairwiseDistances.Scalar(points);

        NumericAssert.Close(new float[,] { { 0, 3, 5 }, { 3, 0, 4 }, { 5, 4, 0 } }, distances, 1e-6f);
    }

    [Test, Task(1), Points(2)]
    public void Scalar_is_symmetric_zero_on_the_diagonal_and_obeys_the_triangle_inequality()
    {
        var points = SeededData.Matrix(20, 7, seed: 1, min: -5, max: 5);

        var distances = PairwiseDistances.Scalar(points);

        for (var i = 0; i < 20; i++)
        {
            Assert.That(distances[i, i], Is.EqualTo(0f), $"distance of point {i} to itself");
            for (var j = 0; j < 20; j++)
            {
                Assert.That(distances[i, j], Is.EqualTo(distances[j, i]), $"[{i},{j}] vs [{j},{i}]");
                for (var k = 0; k < 20; k++)
                {
                    Assert.That(distances[i, j], Is.LessThanOrEqualTo(distances[i, k] + distances[k, j] + 1e-4f), $"triangle {i}-{k}-{j}");
                }
            }
        }
    }

    [Test, Task(1), Points(2)]
    public void Scalar_handles_an_empty_batch_and_points_with_no_features()
    {
        Assert.That(PairwiseDistances.Scalar(new float[0, 4]), Is.Empty);
        Assert.That(PairwiseDistances.Scalar(new float[3, 0]), Is.EqualTo(new float[3, 3]));
    }

    [Test, Task(1), Points(1)]
    public void Scalar_rejects_null_points()
    {
        Assert.Throws<ArgumentNullException>(() => PairwiseDistances.Scalar(null!));
    }

    // Every group launched on ILGPU's CPU emulator costs a learner's every check: 17 × 20 is the
    // smallest with partial tiles in both dimensions and a partial last step over the features.
    [TestCase(1, 3)]
    [TestCase(16, 16)]
    [TestCase(17, 20)]
    [Task(2), Points(2)]
    public void Kernel_matches_scalar_including_edge_tiles(int n, int d)
    {
        var points = SeededData.Matrix(n, d, seed: n * 1000 + d, min: -2, max: 2);

        var distances = PairwiseDistances.OnAccelerator(Accelerator, points);

        // Relative: GPU square roots and sums may round differently from the CPU's.
        NumericAssert.Close(PairwiseDistances.Scalar(points), distances, 1e-4f, 1e-5f);
    }

    [Test, Task(2), Points(1)]
    public void Kernel_handles_an_empty_batch_and_points_with_no_features()
    {
        Assert.That(PairwiseDistances.OnAccelerator(Accelerator, new float[0, 8]), Is.Empty);
        Assert.That(PairwiseDistances.OnAccelerator(Accelerator, new float[3, 0]), Is.EqualTo(new float[3, 3]));
    }

    [Test, Task(2), Points(1)]
    public void Kernel_rejects_a_null_accelerator_or_null_points()
    {
        Assert.Throws<ArgumentNullException>(() => PairwiseDistances.OnAccelerator(null!, new float[2, 2]));
        Assert.Throws<ArgumentNullException>(() => PairwiseDistances.OnAccelerator(Accelerator, null!));
    }

    [Test, Task(2), Points(1)]
    public void The_kernel_compiles_for_a_CUDA_GPU()
    {
        KernelAssert.EveryKernelCompilesForCuda(typeof(PairwiseDistances).Assembly);
    }

    [TestCase(1, 5)]
    [TestCase(37, 19)]
    [TestCase(32, 32)] // one whole panel that fills a pooled buffer of exactly n × d floats
    [TestCase(64, 20)] // whole panels of 32 columns only, and a chunk of rows that ends mid-block
    [TestCase(101, 130)]
    [Task(3), Points(2)]
    public void Simd_matches_scalar(int n, int d)
    {
        var points = SeededData.Matrix(n, d, seed: n + d, min: -2, max: 2);

        var distances = PairwiseDistances.Simd(points);

        // The expansion ‖a‖² + ‖b‖² − 2a·b rounds differently from summing squared differences.
        NumericAssert.Close(PairwiseDistances.Scalar(points), distances, 5e-2f, 1e-4f);
    }

    [Test, Task(3), Points(2)]
    public void Simd_gives_zero_not_NaN_for_identical_points_far_from_the_origin()
    {
        // Points around 100 in 64 dimensions: ‖a‖² ≈ 640 000, so a rounding error far below one
        // float ulp of it can make ‖a‖² + ‖b‖² − 2a·b slightly negative for a == b.
        var points = new float[48, 64];
        var noise = SeededData.Matrix(24, 64, seed: 7, min: -1, max: 1);
        for (var i = 0; i < 24; i++)
        {
            for (var k = 0; k < 64; k++)
            {
                points[2 * i, k] = points[2 * i + 1, k] = 100f + noise[i, k];
            }
        }

        var distances = PairwiseDistances.Simd(points);

        for (var i = 0; i < 48; i++)
        {
            Assert.That(distances[i, i], Is.Not.NaN.And.LessThan(1f), $"point {i} to itself");
            Assert.That(distances[i, i ^ 1], Is.Not.NaN.And.LessThan(1f), $"point {i} to its twin {i ^ 1}");
        }
    }

    [Test, Task(3), Points(1)]
    public void Simd_handles_an_empty_batch_and_points_with_no_features()
    {
        Assert.That(PairwiseDistances.Simd(new float[0, 4]), Is.Empty);
        Assert.That(PairwiseDistances.Simd(new float[3, 0]), Is.EqualTo(new float[3, 3]));
    }

    [Test, Task(3), Points(1)]
    public void Simd_and_Compute_reject_null_arguments()
    {
        using var cpu = ComputeDevice.Cpu();

        Assert.Throws<ArgumentNullException>(() => PairwiseDistances.Simd(null!));
        Assert.Throws<ArgumentNullException>(() => PairwiseDistances.Compute(null!, new float[2, 2]));
        Assert.Throws<ArgumentNullException>(() => PairwiseDistances.Compute(cpu, null!));
    }

    [Test, Task(3), Points(1)]
    public void Compute_takes_the_SIMD_path_on_the_CPU_and_says_so()
    {
        using var cpu = ComputeDevice.Cpu();
        var points = SeededData.Matrix(40, 24, seed: 3);

        var computed = PairwiseDistances.Compute(cpu, points);

        Assert.That(computed.Backend, Is.EqualTo(ComputeBackend.Cpu));
        NumericAssert.Close(PairwiseDistances.Scalar(points), computed.Value, 5e-2f, 1e-4f);
    }

    [Test, Task(3), Points(1)]
    public void Compute_runs_the_kernel_on_a_device_with_an_accelerator_and_says_so()
    {
        var points = SeededData.Matrix(5, 3, seed: 4);

        var computed = PairwiseDistances.Compute(AcceleratorDevice, points);

        Assert.That(computed.Backend, Is.EqualTo(AcceleratorDevice.Backend), $"given {AcceleratorDevice.Description}, the kernel runs there");
        NumericAssert.Close(PairwiseDistances.Scalar(points), computed.Value, 1e-4f, 1e-5f);
    }
}
