namespace MlKata.Testing.Gpu;

/// <summary>Where a GPU kata's hot core runs.</summary>
public enum ComputeBackend
{
    /// <summary>An ILGPU kernel on an NVIDIA GPU.</summary>
    Cuda,

    /// <summary>An ILGPU kernel on an OpenCL device.</summary>
    OpenCL,

    /// <summary>
    /// The kata's SIMD C# path on the CPU. ILGPU's CPU accelerator is a correctness emulator
    /// (slower than a scalar loop), never this fallback: kernels run on it only in tests, at tiny sizes.
    /// </summary>
    Cpu,

    /// <summary>
    /// An ILGPU kernel on ILGPU's CPU emulator: only a kernel test's device
    /// (<see cref="ComputeDevice.Over"/>), so that a machine without a GPU still sees an entry
    /// point launch its kernel. <c>MLKATA_DEVICE</c> never selects it.
    /// </summary>
    Emulator,
}
