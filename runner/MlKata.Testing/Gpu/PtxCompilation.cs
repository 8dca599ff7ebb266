using System.Reflection;
using ILGPU;
using ILGPU.Backends;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime;
using ILGPU.Runtime.Cuda;

namespace MlKata.Testing.Gpu;

/// <summary>
/// Compiles a kernel to PTX without a GPU, so CI on a CPU-only machine still proves a kernel
/// would load on CUDA. ILGPU 1.5.3's PTX backend emits at most <c>.target sm_80</c>, even when
/// asked for SM_90: the driver compiles that PTX for newer GPUs (Hopper included) when it loads it.
/// </summary>
public static class PtxCompilation
{
    /// <summary>The PTX assembly of <paramref name="kernel"/> (a static method, implicitly grouped).</summary>
    /// <exception cref="Exception">ILGPU cannot compile the kernel (a class, a throw, a capture…): an InternalCompilerException.</exception>
    public static string Compile(MethodInfo kernel, CudaArchitecture? architecture = null)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var target = architecture ?? CudaArchitecture.SM_90;

        // A fresh context per compile: a kernel that fails to compile poisons the context it used.
        using var context = Context.Create(builder => builder.Cuda());
        using var backend = new PTXBackend(context, new CudaCapabilityContext(target), target, CudaInstructionSet.ISA_85, nvvmAPI: null);
        var compiled = (PTXCompiledKernel)backend.Compile(EntryPointDescription.FromImplicitlyGroupedKernel(kernel), new KernelSpecialization());
        return compiled.PTXAssembly;
    }
}
