using MlKata.Testing;
using MlKata.Testing.Gpu;
using NUnit.Framework;

namespace Katas.DenseReluLayer.Tests;

/// <summary>Tasks 4 and 5: the batched forward as an ILGPU kernel, and as a SIMD CPU path.</summary>
public sealed class DenseReluLayerGpuTests : KernelFixture
{
    [TestCase(1, 1, 1)]
    [TestCase(5, 7, 3)]
    [TestCase(70, 40, 33)]
    [Task(4), Points(2)]
    public void Kernel_matches_the_batch_forward(int rows, int inputs, int outputs)
    {
        var layer = LayerWithBias(inputs, outputs, seed: rows);
        var batch = SeededData.Matrix(rows, inputs, seed: rows + 1);

        NumericAssert.Close(layer.Forward(batch), layer.ForwardOnAccelerator(Accelerator, batch), 1e-5f, 1e-4f);
    }

    [Test, Task(4), Points(1)]
    public void Kernel_handles_an_empty_batch_and_rejects_the_wrong_width()
    {
        var layer = LayerWithBias(4, 3, seed: 2);

        Assert.That(layer.ForwardOnAccelerator(Accelerator, new float[0, 4]), Has.Length.EqualTo(0));
        Assert.Throws<ArgumentException>(() => layer.ForwardOnAccelerator(Accelerator, new float[2, 5]));
    }

    [Test, Task(4), Points(1)]
    public void Kernel_rejects_a_null_accelerator_or_batch()
    {
        var layer = LayerWithBias(4, 3, seed: 8);

        Assert.Throws<ArgumentNullException>(() => layer.ForwardOnAccelerator(null!, new float[2, 4]));
        Assert.Throws<ArgumentNullException>(() => layer.ForwardOnAccelerator(Accelerator, null!));
    }

    [Test, Task(4), Points(1)]
    public void The_kernel_compiles_for_a_CUDA_GPU()
    {
        KernelAssert.EveryKernelCompilesForCuda(typeof(DenseReluLayer).Assembly);
    }

    [TestCase(1, 1, 1)]
    [TestCase(7, 33, 31)]
    [TestCase(12, 20, 64)] // whole panels of 32 outputs only
    [TestCase(6, 32, 32)] // one whole panel, one block of six rows
    [TestCase(100, 64, 70)]
    [Task(5), Points(2)]
    public void Simd_matches_the_batch_forward(int rows, int inputs, int outputs)
    {
        var layer = LayerWithBias(inputs, outputs, seed: rows + inputs);
        var batch = SeededData.Matrix(rows, inputs, seed: outputs);

        NumericAssert.Close(layer.Forward(batch), layer.ForwardSimd(batch), 1e-5f, 1e-4f);
    }

    [Test, Task(5), Points(1)]
    public void Simd_handles_an_empty_batch_and_rejects_the_wrong_width()
    {
        var layer = LayerWithBias(4, 3, seed: 3);

        Assert.That(layer.ForwardSimd(new float[0, 4]), Has.Length.EqualTo(0));
        Assert.Throws<ArgumentException>(() => layer.ForwardSimd(new float[2, 5]));
    }

    [Test, Task(5), Points(1)]
    public void Simd_and_Compute_reject_null_arguments()
    {
        var layer = LayerWithBias(4, 3, seed: 9);

        Assert.Throws<ArgumentNullException>(() => layer.ForwardSimd(null!));
        Assert.Throws<ArgumentNullException>(() => layer.Forward((ComputeDevice)null!, new float[2, 4]));
    }

    [Test, Task(5), Points(1)]
    public void Compute_takes_the_SIMD_path_on_the_CPU_and_says_so()
    {
        using var cpu = ComputeDevice.Cpu();
        var layer = LayerWithBias(24, 40, seed: 4);
        var batch = SeededData.Matrix(30, 24, seed: 5);

        var computed = layer.Forward(cpu, batch);

        Assert.That(computed.Backend, Is.EqualTo(ComputeBackend.Cpu));
        NumericAssert.Close(layer.Forward(batch), computed.Value, 1e-5f, 1e-4f);
    }

    [Test, Task(5), Points(1)]
    public void Compute_runs_the_kernel_on_a_device_with_an_accelerator_and_says_so()
    {
        var layer = LayerWithBias(9, 6, seed: 6);
        var batch = SeededData.Matrix(5, 9, seed: 7);

        var computed = layer.Forward(AcceleratorDevice, batch);

        Assert.That(computed.Backend, Is.EqualTo(AcceleratorDevice.Backend), $"given {AcceleratorDevice.Description}, the kernel runs there");
        NumericAssert.Close(layer.Forward(batch), computed.Value, 1e-5f, 1e-4f);
    }

    // A non-zero bias, so that a path that drops it cannot pass.
    private static DenseReluLayer LayerWithBias(int inputs, int outputs, int seed)
    {
        var layer = new DenseReluLayer(inputs, outputs, SeededData.Random(seed));
        SeededData.Vector(outputs, seed + 100, min: -0.5f, max: 0.5f).CopyTo(layer.Bias, 0);
        return layer;
    }
}
