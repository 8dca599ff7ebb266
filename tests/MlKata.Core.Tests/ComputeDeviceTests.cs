using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// A learner's device is a GPU or the SIMD path, never the CPU emulator; a kernel test's device
/// wraps the emulator (or the selected GPU) without owning it, so an entry point's kernel path
/// is tested on a machine without a GPU.
/// </summary>
public sealed class ComputeDeviceTests
{
    [Test]
    public void The_CPU_path_has_no_accelerator()
    {
        using var device = ComputeDevice.Open("cpu");

        Assert.That(device.Accelerator, Is.Null);
        Assert.That(device.Backend, Is.EqualTo(ComputeBackend.Cpu));
        Assert.That(device.Description, Does.StartWith("CPU: SIMD C#"));
    }

    [Test]
    public void A_device_over_the_emulator_says_Emulator_and_launches_on_it()
    {
        using var kernelTestDevice = new KernelTestDevice("cpu");

        using var device = ComputeDevice.Over(kernelTestDevice.Accelerator);

        Assert.That(device.Accelerator, Is.SameAs(kernelTestDevice.Accelerator));
        Assert.That(device.Backend, Is.EqualTo(ComputeBackend.Emulator));
        Assert.That(device.Description, Does.StartWith("Emulator: "));
    }

    [Test]
    public void Disposing_a_device_over_an_accelerator_leaves_the_accelerator_to_its_owner()
    {
        using var kernelTestDevice = new KernelTestDevice("cpu");
        var accelerator = kernelTestDevice.Accelerator;

        ComputeDevice.Over(accelerator).Dispose();

        Assert.That(accelerator.IsDisposed, Is.False);
        using var buffer = accelerator.Allocate1D([1f, 2f, 3f]);
        Assert.That(buffer.GetAsArray1D(), Is.EqualTo(new[] { 1f, 2f, 3f }));
    }
}
