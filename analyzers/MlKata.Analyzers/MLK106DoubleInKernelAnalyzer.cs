using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK106: double-precision arithmetic or a <c>System.Math</c> call on doubles in a kernel. Only
/// the outermost double expression is reported, once per statement's expression.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK106DoubleInKernelAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.DoubleInKernel];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context) => KernelBodies.Register(context, Analyze);

    private static void Analyze(KernelBody kernel)
    {
        foreach (var operation in kernel.Operations.Where(o => IsDoubleWork(o, kernel.Ilgpu) && !HasDoubleWorkAbove(o, kernel.Ilgpu)))
        {
            kernel.Report(Rules.DoubleInKernel, operation.Syntax.GetLocation(), kernel.Name, operation.Syntax.ToString());
        }
    }

    private static bool IsDoubleWork(IOperation operation, IlgpuTypes ilgpu) => operation switch
    {
        IBinaryOperation binary => binary.Type?.SpecialType == SpecialType.System_Double,
        ICompoundAssignmentOperation compound => compound.Type?.SpecialType == SpecialType.System_Double,
        IInvocationOperation call => KnownTypes.Is(call.TargetMethod.ContainingType, ilgpu.Math) &&
                                     call.TargetMethod.ReturnType.SpecialType == SpecialType.System_Double,
        _ => false,
    };

    private static bool HasDoubleWorkAbove(IOperation operation, IlgpuTypes ilgpu)
    {
        for (var parent = operation.Parent; parent is not null and not IBlockOperation; parent = parent.Parent)
        {
            if (IsDoubleWork(parent, ilgpu))
            {
                return true;
            }
        }

        return false;
    }
}
