using System.Reflection;
using ILGPU;
using ILGPU.Algorithms;
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
    /// <summary>
    /// The PTX assembly of <paramref name="kernel"/>, a static method: implicitly grouped when its
    /// first parameter is an index (Index1D/2D/3D), explicitly grouped (Grid, Group, shared memory) otherwise.
    /// </summary>
    /// <exception cref="Exception">ILGPU cannot compile the kernel (a class, a throw, a capture…): an InternalCompilerException.</exception>
    public static string Compile(MethodInfo kernel, CudaArchitecture? architecture = null)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var target = architecture ?? CudaArchitecture.SM_90;

        // A fresh context per compile: a kernel that fails to compile poisons the context it used.
        using var context = Context.Create(builder => builder.Cuda().EnableAlgorithms());
        using var backend = new PTXBackend(context, new CudaCapabilityContext(target), target, CudaInstructionSet.ISA_85, nvvmAPI: null);
        var entryPoint = IsImplicitlyGrouped(kernel)
            ? EntryPointDescription.FromImplicitlyGroupedKernel(kernel)
            : EntryPointDescription.FromExplicitlyGroupedKernel(kernel);
        var compiled = (PTXCompiledKernel)backend.Compile(entryPoint, new KernelSpecialization());
        return compiled.PTXAssembly;
    }

    /// <summary>Whether <paramref name="kernel"/> takes its thread index as its first parameter.</summary>
    public static bool IsImplicitlyGrouped(MethodInfo kernel) =>
        kernel.GetParameters() is [var first, ..] && typeof(IIndex).IsAssignableFrom(first.ParameterType);

    /// <summary>
    /// The static methods of <paramref name="assembly"/> that look like kernels: every parameter an
    /// ILGPU view, index or an unmanaged value, at least one of them a view, returning void.
    /// </summary>
    public static IEnumerable<MethodInfo> FindKernels(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(void) && !m.IsGenericMethodDefinition &&
                        m.GetParameters() is { Length: > 0 } parameters &&
                        parameters.Any(p => IsView(p.ParameterType)) &&
                        parameters.All(p => IsView(p.ParameterType) || (p.ParameterType.IsValueType && !p.ParameterType.IsByRef)));

    private static bool IsView(Type type) =>
        type.IsValueType && type.IsGenericType && typeof(IArrayView).IsAssignableFrom(type);
}
