using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK102: what ILGPU refuses to compile for a device, found in a kernel body or signature:
/// managed arrays, strings, class instances, throw/try, LINQ, virtual and interface calls.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK102ManagedTypeInKernelAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.ManagedTypeInKernel];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context) => KernelBodies.Register(context, Analyze);

    private static void Analyze(KernelBody kernel)
    {
        foreach (var parameter in kernel.Method.Parameters.Where(p => p.Type.IsReferenceType))
        {
            kernel.Report(Rules.ManagedTypeInKernel, parameter.Locations.FirstOrDefault() ?? Location.None,
                kernel.Name, $"parameter '{parameter.Name}' of type {parameter.Type.ToDisplayString()}", Remedy(parameter.Type));
        }

        foreach (var operation in kernel.Operations)
        {
            if (Describe(operation, kernel.Ilgpu) is ({ } what, { } instead))
            {
                kernel.Report(Rules.ManagedTypeInKernel, operation.Syntax.GetLocation(), kernel.Name, what, instead);
            }
        }
    }

    private static (string? What, string? Instead) Describe(IOperation operation, IlgpuTypes ilgpu) => operation switch
    {
        // ILGPU turns an array of constant length into local memory; any other length needs the GC heap.
        IArrayCreationOperation creation when creation.DimensionSizes.Any(s => !s.ConstantValue.HasValue) =>
            ("a managed array of run-time length", "an ArrayView parameter, or SharedMemory / LocalMemory of constant size"),
        ILiteralOperation { Type.SpecialType: SpecialType.System_String } or IInterpolatedStringOperation => ("a string", "numbers only; debug on the CPU"),
        IObjectCreationOperation { Type.IsReferenceType: true } creation => ($"a new {creation.Type!.Name} (a class)", "a struct"),
        IThrowOperation => ("throw", "a status value written to an output view"),
        ITryOperation => ("try", "a status value written to an output view"),
        IInvocationOperation call when IsLinq(call, ilgpu) && !(call.Parent is IArgumentOperation { Parent: IInvocationOperation outer } && IsLinq(outer, ilgpu)) =>
            ($"LINQ ({call.TargetMethod.Name})", "a loop"),
        IInvocationOperation { Instance: { } instance } call when IsVirtualDispatch(call.TargetMethod, instance) =>
            ($"a virtual or interface call ({call.TargetMethod.ContainingType.Name}.{call.TargetMethod.Name})", "a static method or a struct's own method"),
        _ => (null, null),
    };

    private static bool IsLinq(IInvocationOperation call, IlgpuTypes ilgpu) => KnownTypes.Is(call.TargetMethod.ContainingType, ilgpu.Enumerable);

    private static bool IsVirtualDispatch(IMethodSymbol method, IOperation instance) =>
        instance.Type?.IsReferenceType == true && (method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType.TypeKind == TypeKind.Interface);

    private static string Remedy(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol => "an ArrayView<T> and copy the array to the device with Allocate1D",
        { SpecialType: SpecialType.System_String } => "numbers only",
        _ => "a struct",
    };
}
