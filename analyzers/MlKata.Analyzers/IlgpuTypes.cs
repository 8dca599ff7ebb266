using System.Linq;
using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// ILGPU's types, resolved once per compilation. Null when the compilation does not reference
/// ILGPU: every kernel rule bails out then.
/// </summary>
internal sealed class IlgpuTypes
{
    private IlgpuTypes(Compilation compilation, INamedTypeSymbol accelerator)
    {
        Accelerator = accelerator;
        Context = compilation.GetTypeByMetadataName("ILGPU.Context");
        Device = compilation.GetTypeByMetadataName("ILGPU.Runtime.Device");
        Index = compilation.GetTypeByMetadataName("ILGPU.IIndex");
        ArrayView = compilation.GetTypeByMetadataName("ILGPU.IArrayView");
        Group = compilation.GetTypeByMetadataName("ILGPU.Group");
        Grid = compilation.GetTypeByMetadataName("ILGPU.Grid");
        Warp = compilation.GetTypeByMetadataName("ILGPU.Warp");
        SharedMemory = compilation.GetTypeByMetadataName("ILGPU.SharedMemory");
        Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
        Math = compilation.GetTypeByMetadataName("System.Math");
    }

    public INamedTypeSymbol Accelerator { get; }

    public INamedTypeSymbol? Context { get; }

    public INamedTypeSymbol? Device { get; }

    public INamedTypeSymbol? Index { get; }

    public INamedTypeSymbol? ArrayView { get; }

    public INamedTypeSymbol? Group { get; }

    public INamedTypeSymbol? Grid { get; }

    public INamedTypeSymbol? Warp { get; }

    public INamedTypeSymbol? SharedMemory { get; }

    public INamedTypeSymbol? Enumerable { get; }

    public INamedTypeSymbol? Math { get; }

    /// <summary>Runs <paramref name="register"/> at the start of each compilation that references ILGPU, and only then.</summary>
    public static void WhenReferenced(AnalysisContext context, Action<CompilationStartAnalysisContext, IlgpuTypes> register) =>
        context.RegisterCompilationStartAction(start =>
        {
            if (From(start.Compilation) is { } ilgpu)
            {
                register(start, ilgpu);
            }
        });

    public static IlgpuTypes? From(Compilation compilation) =>
        compilation.GetTypeByMetadataName("ILGPU.Runtime.Accelerator") is { } accelerator ? new IlgpuTypes(compilation, accelerator) : null;

    /// <summary>Whether <paramref name="type"/> is an ArrayView of any rank or stride.</summary>
    public bool IsArrayView(ITypeSymbol? type) => Implements(type, ArrayView);

    /// <summary>Whether <paramref name="type"/> is a thread index (Index1D/2D/3D, LongIndex…).</summary>
    public bool IsIndex(ITypeSymbol? type) => Implements(type, Index);

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A call to one of the accelerator's kernel loaders (LoadKernel, LoadAutoGroupedStreamKernel, …).</summary>
    public bool IsKernelLoad(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name.StartsWith("Load", System.StringComparison.Ordinal) &&
        invocation.TargetMethod.Name.EndsWith("Kernel", System.StringComparison.Ordinal) &&
        IsAcceleratorMethod(invocation.TargetMethod);

    /// <summary>A method of an accelerator, or an extension method on one (ILGPU puts most loaders and allocators there).</summary>
    public bool IsAcceleratorMethod(IMethodSymbol method) =>
        DerivesFrom(method.ContainingType, Accelerator) ||
        (method.IsExtensionMethod && DerivesFrom(method.Parameters.FirstOrDefault()?.Type, Accelerator));

    /// <summary>Whether <paramref name="type"/> is one of ILGPU's intrinsic classes used only inside kernels.</summary>
    public bool IsKernelIntrinsic(ITypeSymbol? type) =>
        KnownTypes.Is(type, Group) || KnownTypes.Is(type, Grid) || KnownTypes.Is(type, Warp) || KnownTypes.Is(type, SharedMemory);

    private static bool Implements(ITypeSymbol? type, INamedTypeSymbol? @interface) =>
        type is not null && @interface is not null &&
        type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, @interface));
}
