using ILGPU;
using ILGPU.Algorithms;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;
using ILGPU.Runtime.OpenCL;

namespace MlKata.Testing.Gpu;

/// <summary>
/// Picks the backend from <c>MLKATA_DEVICE</c>: <c>auto</c> (the default: CUDA when a CUDA device is
/// present, else the CPU path), <c>cuda</c>, <c>opencl</c> or <c>cpu</c>. Devices are chosen
/// explicitly, never through ILGPU's GetPreferredDevice, which silently returns the CPU emulator
/// on a machine without a GPU.
/// </summary>
public static class DeviceSelection
{
    /// <summary>The environment variable that selects the backend.</summary>
    public const string Variable = "MLKATA_DEVICE";

    /// <summary>What <c>MLKATA_DEVICE</c> asks for: null for auto.</summary>
    /// <exception cref="ArgumentException">The value is not auto, cuda, opencl or cpu.</exception>
    public static ComputeBackend? Requested(string? value = null)
    {
        value ??= Environment.GetEnvironmentVariable(Variable);
        return (value?.Trim().ToLowerInvariant() ?? "") switch
        {
            "" or "auto" => null,
            "cuda" => ComputeBackend.Cuda,
            "opencl" => ComputeBackend.OpenCL,
            "cpu" => ComputeBackend.Cpu,
            _ => throw new ArgumentException($"{Variable}={value} is not one of auto, cuda, opencl, cpu.", nameof(value)),
        };
    }

    /// <summary>
    /// A context that can see every kind of device (one CPU emulator, not ILGPU's five), with
    /// ILGPU.Algorithms enabled: without it a GPU backend has no implementation of MathF.Exp, Log, Tanh….
    /// </summary>
    public static Context CreateContext() => Context.Create(builder => builder.Cuda().OpenCL().DefaultCPU().EnableAlgorithms());

    /// <summary>
    /// The backend to use in <paramref name="context"/>, and its device (null for the CPU path).
    /// </summary>
    /// <exception cref="InvalidOperationException">A GPU backend was asked for and this machine has none.</exception>
    public static (ComputeBackend Backend, Device? Device) Resolve(Context context, string? requested = null) =>
        Requested(requested) switch
        {
            null => First(context.GetCudaDevices()) is { } cuda ? (ComputeBackend.Cuda, cuda) : (ComputeBackend.Cpu, null),
            ComputeBackend.Cuda => (ComputeBackend.Cuda, First(context.GetCudaDevices())
                ?? throw new InvalidOperationException($"{Variable}=cuda, but ILGPU sees no CUDA device on this machine (run `mlkata devices`).")),
            ComputeBackend.OpenCL => (ComputeBackend.OpenCL, First(context.GetCLDevices())
                ?? throw new InvalidOperationException($"{Variable}=opencl, but ILGPU sees no OpenCL device on this machine (run `mlkata devices`).")),
            _ => (ComputeBackend.Cpu, null),
        };

    /// <summary>
    /// An accelerator to test a kernel's correctness on: the selected GPU, or ILGPU's CPU
    /// emulator where the selection is the CPU path (keep sizes tiny there, n ≤ 256).
    /// </summary>
    public static Accelerator CreateKernelTestAccelerator(Context context, string? requested = null)
    {
        var (_, device) = Resolve(context, requested);
        return (device ?? KernelTestCpu).CreateAccelerator(context);
    }

    /// <summary>
    /// ILGPU's default CPU emulator allows 16 threads a group; this one allows 256 (4 × 64), so a
    /// kernel written for 16 × 16 tiles on a GPU runs unchanged on the emulator.
    /// </summary>
    private static readonly CPUDevice KernelTestCpu = new(numThreadsPerWarp: 4, numWarpsPerMultiprocessor: 64, numMultiprocessors: 1);

    private static Device? First<TDevice>(Context.DeviceCollection<TDevice> devices)
        where TDevice : Device =>
        devices.Count > 0 ? devices[0] : null;
}
