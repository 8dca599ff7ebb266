using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.Cuda;
using MlKata.Testing.Gpu;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>MLKATA_DEVICE picks the backend explicitly; kernels are tested on the selected GPU or ILGPU's CPU emulator, and compiled to PTX without a GPU.</summary>
public sealed class DeviceSelectionTests
{
    [TestCase(null, null)]
    [TestCase("", null)]
    [TestCase("auto", null)]
    [TestCase("CUDA", ComputeBackend.Cuda)]
    [TestCase("opencl", ComputeBackend.OpenCL)]
    [TestCase(" cpu ", ComputeBackend.Cpu)]
    public void The_setting_is_read_case_insensitively(string? value, ComputeBackend? expected)
    {
        Assert.That(DeviceSelection.Requested(value ?? "auto"), Is.EqualTo(expected));
    }

    [Test]
    public void An_unknown_setting_names_the_variable_and_the_choices()
    {
        var error = Assert.Throws<ArgumentException>(() => DeviceSelection.Requested("tpu"));

        Assert.That(error!.Message, Does.Contain("MLKATA_DEVICE=tpu").And.Contain("auto, cuda, opencl, cpu"));
    }

    [Test]
    public void Auto_picks_CUDA_when_there_is_a_CUDA_device_and_the_CPU_path_otherwise()
    {
        using var context = DeviceSelection.CreateContext();
        var hasCuda = context.GetCudaDevices().Count > 0;

        var (backend, device) = DeviceSelection.Resolve(context, "auto");

        Assert.That(backend, Is.EqualTo(hasCuda ? ComputeBackend.Cuda : ComputeBackend.Cpu));
        Assert.That(device is null, Is.EqualTo(!hasCuda), "the CPU path uses no ILGPU device: never the CPU emulator as a fallback");
    }

    [Test]
    public void Asking_for_CUDA_without_a_CUDA_device_says_so()
    {
        using var context = DeviceSelection.CreateContext();
        if (context.GetCudaDevices().Count > 0)
        {
            Assert.That(DeviceSelection.Resolve(context, "cuda").Backend, Is.EqualTo(ComputeBackend.Cuda));
            return;
        }

        var error = Assert.Throws<InvalidOperationException>(() => DeviceSelection.Resolve(context, "cuda"));
        Assert.That(error!.Message, Does.Contain("no CUDA device").And.Contain("mlkata devices"));
    }

    [Test]
    public void A_kernel_runs_on_the_kernel_test_accelerator()
    {
        using var context = DeviceSelection.CreateContext();
        using var accelerator = DeviceSelection.CreateKernelTestAccelerator(context);
        var kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>>(Doubler.Double);
        var input = Enumerable.Range(0, 200).Select(i => (float)i).ToArray();
        using var source = accelerator.Allocate1D(input);
        using var target = accelerator.Allocate1D<float>(input.Length);

        kernel(input.Length, source.View, target.View);
        accelerator.Synchronize();

        Assert.That(target.GetAsArray1D(), Is.EqualTo(input.Select(v => v * 2)));
    }

    [Test]
    public void A_kernel_compiles_to_PTX_without_a_GPU()
    {
        var ptx = PtxCompilation.Compile(typeof(Doubler).GetMethod(nameof(Doubler.Double))!, CudaArchitecture.SM_90);

        Assert.That(ptx, Does.Contain(".entry").And.Contain(".target sm_"));
    }

    [Test]
    public void A_kernel_that_creates_a_class_instance_is_rejected_at_compile_time()
    {
        var error = Assert.Catch(() => PtxCompilation.Compile(typeof(Doubler).GetMethod(nameof(Doubler.AllocatesAClass))!));

        Assert.That(error!.GetType().Name, Is.EqualTo("InternalCompilerException"));
        Assert.That(error.InnerException?.Message ?? error.Message, Does.Contain("not supported"));
    }

    private static class Doubler
    {
        public static void Double(Index1D index, ArrayView<float> source, ArrayView<float> target) => target[index] = source[index] * 2;

        public static void AllocatesAClass(Index1D index, ArrayView<float> target) => target[index] = new Box(index).Value;
    }

    private sealed class Box(int value)
    {
        public float Value { get; } = value;
    }
}
