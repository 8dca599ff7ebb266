using MlKata.Testing;
using MlKata.Testing.Gpu;
using NUnit.Framework;

namespace Katas.Softmax.Tests;

public sealed class SoftmaxTests : KernelFixture
{
    [Test, Task(1), Points(2)]
    public void Rows_gives_the_known_values_for_1_2_3()
    {
        var probabilities = Softmax.Rows(new float[,] { { 1, 2, 3 } });

        NumericAssert.Close(new float[,] { { 0.09003057f, 0.24472847f, 0.66524096f } }, probabilities, 1e-6f, 1e-5f);
    }

    [Test, Task(1), Points(2)]
    public void Every_row_sums_to_one_and_keeps_the_order_of_its_logits()
    {
        var logits = SeededData.Matrix(20, 11, seed: 1, min: -10, max: 10);

        var probabilities = Softmax.Rows(logits);

        for (var r = 0; r < 20; r++)
        {
            var sum = 0.0;
            for (var c = 0; c < 11; c++)
            {
                sum += probabilities[r, c];
                Assert.That(probabilities[r, c] > probabilities[r, (c + 1) % 11], Is.EqualTo(logits[r, c] > logits[r, (c + 1) % 11]), $"order in row {r}");
            }

            Assert.That(sum, Is.EqualTo(1.0).Within(1e-5), $"row {r} sums to");
        }
    }

    [Test, Task(1), Points(2)]
    public void Logits_of_1000_give_finite_probabilities()
    {
        var probabilities = Softmax.Rows(new float[,] { { 1000, 999, 1000 }, { -1000, -1001, -1000 } });

        NumericAssert.Close(new float[,] { { 0.4223188f, 0.1553624f, 0.4223188f }, { 0.4223188f, 0.1553624f, 0.4223188f } }, probabilities, 1e-6f, 1e-5f);
    }

    [Test, Task(1), Points(2)]
    public void LogRows_is_finite_where_softmax_underflows_to_zero()
    {
        var log = Softmax.LogRows(new float[,] { { 0, -200, 1000 } });

        NumericAssert.Close(new float[,] { { -1000, -1200, 0 } }, log, 1e-3f, 1e-6f);
    }

    [Test, Task(1), Points(1)]
    public void LogRows_is_the_log_of_Rows_where_both_are_representable()
    {
        var logits = SeededData.Matrix(5, 7, seed: 2, min: -5, max: 5);
        var probabilities = Softmax.Rows(logits);
        var expected = new float[5, 7];
        for (var r = 0; r < 5; r++)
        {
            for (var c = 0; c < 7; c++)
            {
                expected[r, c] = MathF.Log(probabilities[r, c]);
            }
        }

        NumericAssert.Close(expected, Softmax.LogRows(logits), 1e-5f, 1e-5f);
    }

    [Test, Task(1), Points(1)]
    public void Rows_and_LogRows_reject_a_null_matrix()
    {
        Assert.Throws<ArgumentNullException>(() => Softmax.Rows(null!));
        Assert.Throws<ArgumentNullException>(() => Softmax.LogRows(null!));
    }

    [TestCase(1, 1)]
    [TestCase(3, 10)]
    [TestCase(100, 37)]
    [Task(2), Points(2)]
    public void Kernel_matches_Rows(int n, int classes)
    {
        var logits = SeededData.Matrix(n, classes, seed: n + classes, min: -30, max: 30);

        // Relative: on CUDA, MathF.Exp compiles to an approximate instruction.
        NumericAssert.Close(Softmax.Rows(logits), Softmax.OnAccelerator(Accelerator, logits), 1e-7f, 1e-5f);
    }

    [Test, Task(2), Points(1)]
    public void Kernel_handles_logits_of_1000_and_an_empty_batch()
    {
        var probabilities = Softmax.OnAccelerator(Accelerator, new float[,] { { 1000, 999, 1000 } });

        NumericAssert.Close(new float[,] { { 0.4223188f, 0.1553624f, 0.4223188f } }, probabilities, 1e-6f, 1e-5f);
        Assert.That(Softmax.OnAccelerator(Accelerator, new float[0, 5]), Is.Empty);
    }

    [Test, Task(2), Points(1)]
    public void Kernel_rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => Softmax.OnAccelerator(null!, new float[,] { { 1, 2 } }));
        Assert.Throws<ArgumentNullException>(() => Softmax.OnAccelerator(Accelerator, null!));
    }

    [Test, Task(2), Points(1)]
    public void The_kernel_compiles_for_a_CUDA_GPU()
    {
        KernelAssert.EveryKernelCompilesForCuda(typeof(Softmax).Assembly);
    }

    [TestCase(1, 1)]
    [TestCase(7, 15)]
    [TestCase(33, 1000)]
    [TestCase(2, 20_000)] // rows wider than a chunk: one row a chunk, never zero
    [Task(3), Points(2)]
    public void Simd_matches_Rows(int n, int classes)
    {
        var logits = SeededData.Matrix(n, classes, seed: n * classes, min: -30, max: 30);

        NumericAssert.Close(Softmax.Rows(logits), Softmax.Simd(logits), 1e-7f, 1e-5f);
    }

    [Test, Task(3), Points(1)]
    public void Simd_handles_logits_of_1000_and_an_empty_batch()
    {
        var logits = new float[2, 40];
        for (var c = 0; c < 40; c++)
        {
            logits[0, c] = 1000f - c;
            logits[1, c] = -1000f + c;
        }

        var probabilities = Softmax.Simd(logits);

        NumericAssert.Close(Softmax.Rows(logits), probabilities, 1e-7f, 1e-5f);
        Assert.That(Softmax.Simd(new float[0, 5]), Is.Empty);
        var noClasses = Softmax.Simd(new float[3, 0]);
        Assert.That((noClasses.GetLength(0), noClasses.GetLength(1)), Is.EqualTo((3, 0)), "rows without classes: an empty result of the same shape");
    }

    [Test, Task(3), Points(1)]
    public void Simd_and_Compute_reject_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => Softmax.Simd(null!));
        Assert.Throws<ArgumentNullException>(() => Softmax.Compute(null!, new float[,] { { 1, 2 } }));
    }

    [Test, Task(3), Points(1)]
    public void Compute_takes_the_SIMD_path_on_the_CPU_and_says_so()
    {
        using var cpu = ComputeDevice.Cpu();
        var logits = SeededData.Matrix(50, 20, seed: 3, min: -5, max: 5);

        var computed = Softmax.Compute(cpu, logits);

        Assert.That(computed.Backend, Is.EqualTo(ComputeBackend.Cpu));
        NumericAssert.Close(Softmax.Rows(logits), computed.Value, 1e-7f, 1e-5f);
    }

    [Test, Task(3), Points(1)]
    public void Compute_runs_the_kernel_on_a_device_with_an_accelerator_and_says_so()
    {
        var logits = SeededData.Matrix(6, 9, seed: 4, min: -5, max: 5);

        var computed = Softmax.Compute(AcceleratorDevice, logits);

        Assert.That(computed.Backend, Is.EqualTo(AcceleratorDevice.Backend), $"given {AcceleratorDevice.Description}, the kernel runs there");
        NumericAssert.Close(Softmax.Rows(logits), computed.Value, 1e-7f, 1e-5f);
    }
}
