using ILGPU;
using ILGPU.Runtime;

namespace MlKata.Testing.Gpu;

/// <summary>
/// An accelerator for a kernel's correctness tests: the GPU that <c>MLKATA_DEVICE</c> selects, or
/// ILGPU's CPU emulator on a machine without one (keep sizes tiny there, n ≤ 256). Each instance
/// has its own ILGPU context, because a kernel that fails to compile poisons the context it used:
/// open one per test fixture, in <c>[OneTimeSetUp]</c>, and dispose it in <c>[OneTimeTearDown]</c>.
/// </summary>
public sealed class KernelTestDevice : IDisposable
{
    private readonly Context _context;

    /// <summary>Opens the accelerator that <paramref name="requested"/> (or <c>MLKATA_DEVICE</c>) selects.</summary>
    public KernelTestDevice(string? requested = null)
    {
        _context = DeviceSelection.CreateContext();
        try
        {
            Accelerator = DeviceSelection.CreateKernelTestAccelerator(_context, requested);
        }
        catch
        {
            _context.Dispose();
            throw;
        }
    }

    /// <summary>The accelerator to launch the kernel under test on.</summary>
    public Accelerator Accelerator { get; }

    /// <summary>Whether this is ILGPU's CPU emulator rather than a GPU.</summary>
    public bool IsEmulator => Accelerator.AcceleratorType == AcceleratorType.CPU;

    /// <inheritdoc />
    public void Dispose()
    {
        Accelerator.Dispose();
        _context.Dispose();
    }
}
