using ILGPU.Runtime;
using NUnit.Framework;

namespace MlKata.Testing.Gpu;

/// <summary>
/// A base for a GPU kata's test fixture: opens a <see cref="KernelTestDevice"/> (the selected GPU,
/// or ILGPU's CPU emulator) once for the fixture, with its own ILGPU context, and closes it after.
/// </summary>
public abstract class KernelFixture
{
    private KernelTestDevice? _device;
    private ComputeDevice? _acceleratorDevice;

    /// <summary>The accelerator to launch the kernels under test on.</summary>
    protected Accelerator Accelerator => Opened(_device).Accelerator;

    /// <summary>
    /// A <see cref="ComputeDevice"/> over <see cref="Accelerator"/>: an entry point given it must
    /// launch its kernel, and say the accelerator's backend (<see cref="ComputeBackend.Emulator"/>
    /// on a machine without a GPU), where <see cref="ComputeDevice.Open"/> there gives the CPU path.
    /// </summary>
    protected ComputeDevice AcceleratorDevice => Opened(_acceleratorDevice);

    /// <summary>Opens the device for the fixture's tests.</summary>
    [OneTimeSetUp]
    public void OpenKernelDevice()
    {
        _device = new KernelTestDevice();
        _acceleratorDevice = ComputeDevice.Over(_device.Accelerator);
    }

    /// <summary>Closes it, and its ILGPU context.</summary>
    [OneTimeTearDown]
    public void CloseKernelDevice()
    {
        _acceleratorDevice?.Dispose();
        _device?.Dispose();
    }

    private static T Opened<T>(T? device)
        where T : class =>
        device ?? throw new InvalidOperationException("The kernel test device opens in [OneTimeSetUp].");
}
