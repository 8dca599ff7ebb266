using Microsoft.CodeAnalysis;

namespace MlKata.Core.Mutation;

/// <summary>
/// The few ILGPU types that tell a kernel apart, resolved once per compilation. The analyzers
/// hold the same test (IlgpuTypes) internally and build against an older Roslyn, so the
/// engine keeps this small equivalent rather than reach into them.
/// </summary>
internal sealed class IlgpuSymbols
{
    private readonly INamedTypeSymbol _accelerator;
    private readonly INamedTypeSymbol? _arrayView;
    private readonly INamedTypeSymbol? _index;

    private IlgpuSymbols(Compilation compilation, INamedTypeSymbol accelerator)
    {
        _accelerator = accelerator;
        _arrayView = compilation.GetTypeByMetadataName("ILGPU.IArrayView");
        _index = compilation.GetTypeByMetadataName("ILGPU.IIndex");
    }

    /// <summary>ILGPU's types in <paramref name="compilation"/>, or null when it does not reference ILGPU.</summary>
    public static IlgpuSymbols? From(Compilation compilation) =>
        compilation.GetTypeByMetadataName("ILGPU.Runtime.Accelerator") is { } accelerator ? new IlgpuSymbols(compilation, accelerator) : null;

    /// <summary>An ArrayView of any rank or stride.</summary>
    public bool IsArrayView(ITypeSymbol type) => Implements(type, _arrayView);

    /// <summary>A thread index (Index1D/2D/3D, LongIndex…).</summary>
    public bool IsIndex(ITypeSymbol type) => Implements(type, _index);

    /// <summary>One of an accelerator's kernel loaders (LoadKernel, LoadAutoGroupedStreamKernel…), as a method or an extension.</summary>
    public bool IsKernelLoader(IMethodSymbol method) =>
        method.Name.StartsWith("Load", StringComparison.Ordinal) &&
        method.Name.EndsWith("Kernel", StringComparison.Ordinal) &&
        (DerivesFromAccelerator(method.ContainingType) ||
         (method.ReducedFrom ?? method) is { IsExtensionMethod: true, Parameters: [var receiver, ..] } && DerivesFromAccelerator(receiver.Type));

    private bool DerivesFromAccelerator(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, _accelerator))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol? @interface) =>
        @interface is not null &&
        type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, @interface));
}
