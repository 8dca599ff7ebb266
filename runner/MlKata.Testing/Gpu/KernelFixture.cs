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

    /// <summary>The accelerator to launch the kernels under test on.</summary>
    protected Accelerator Accelerator =>
        (_device ?? throw new InvalidOperationException("The kernel test device opens in [OneTimeSetUp].")).Accelerator;

    /// <summary>Opens the device for the fixture's tests.</summary>
    [OneTimeSetUp]
    public void OpenKernelDevice() => _device = new KernelTestDevice();

    /// <summary>Closes it, and its ILGPU context.</summary>
    [OneTimeTearDown]
    public void CloseKernelDevice() => _device?.Dispose();
}
