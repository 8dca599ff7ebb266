using ILGPU;
using ILGPU.Runtime;

namespace MlKata.Testing.Gpu;

/// <summary>
/// Where a GPU kata's entry point runs its hot core: an ILGPU accelerator on a GPU (in kernel
/// tests, ILGPU's CPU emulator too), or the kata's SIMD path on the CPU (<see cref="Accelerator"/>
/// is null then). Open it once and pass
/// it to every call: creating a context and an accelerator costs far more than one launch.
/// </summary>
public sealed class ComputeDevice : IDisposable
{
    private readonly Context? _context;
    private readonly bool _ownsAccelerator;

    private ComputeDevice(Context? context, Accelerator? accelerator, ComputeBackend backend, bool ownsAccelerator = true)
    {
        _context = context;
        Accelerator = accelerator;
        Backend = backend;
        _ownsAccelerator = ownsAccelerator;
    }

    /// <summary>The accelerator to launch kernels on; null where the CPU path runs.</summary>
    public Accelerator? Accelerator { get; }

    /// <summary>The backend the entry point uses on this device.</summary>
    public ComputeBackend Backend { get; }

    /// <summary>What it is, for people: "CUDA: NVIDIA H100" or "CPU: SIMD C# on 16 cores".</summary>
    public string Description => Accelerator is { } accelerator
        ? $"{Backend}: {accelerator.Name}"
        : $"CPU: SIMD C# on {Environment.ProcessorCount} cores";

    /// <summary>The device <c>MLKATA_DEVICE</c> selects (auto: the CUDA GPU if there is one, else the CPU path).</summary>
    /// <exception cref="InvalidOperationException">A GPU backend was asked for and this machine has none.</exception>
    public static ComputeDevice Open(string? requested = null)
    {
        var context = DeviceSelection.CreateContext();
        try
        {
            var (backend, device) = DeviceSelection.Resolve(context, requested);
            if (device is null)
            {
                context.Dispose();
                return Cpu();
            }

            return new ComputeDevice(context, device.CreateAccelerator(context), backend);
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    /// <summary>The CPU path, whatever the machine has.</summary>
    public static ComputeDevice Cpu() => new(null, null, ComputeBackend.Cpu);

    /// <summary>
    /// A device that launches kernels on <paramref name="accelerator"/>, which its owner (the
    /// kit's kernel test device) keeps open and closes: disposing this device leaves it open.
    /// On ILGPU's CPU emulator the backend is <see cref="ComputeBackend.Emulator"/>, so a test
    /// without a GPU still proves that an entry point given an accelerator runs its kernel.
    /// </summary>
    public static ComputeDevice Over(Accelerator accelerator)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        return new ComputeDevice(null, accelerator, BackendOf(accelerator), ownsAccelerator: false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsAccelerator)
        {
            Accelerator?.Dispose();
        }

        _context?.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => Description;

    private static ComputeBackend BackendOf(Accelerator accelerator) => accelerator.AcceleratorType switch
    {
        AcceleratorType.Cuda => ComputeBackend.Cuda,
        AcceleratorType.OpenCL => ComputeBackend.OpenCL,
        AcceleratorType.CPU => ComputeBackend.Emulator,
        var other => throw new ArgumentException($"No backend runs kernels on a {other} accelerator.", nameof(accelerator)),
    };
}
