using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK104: an ILGPU context or accelerator created, or a kernel loaded, inside a loop; or a
/// context or accelerator created as a <c>using</c> local in a method that also loads a kernel:
/// it lives for one call, so every call pays the device's start-up again. Creating one in a
/// constructor, a factory that returns it, or a field initialiser is silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK104AcceleratorPerCallAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.AcceleratorPerCall];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        IlgpuTypes.WhenReferenced(context, (start, ilgpu) =>
            start.RegisterOperationAction(operation => Analyze(operation, ilgpu), OperationKind.Invocation));
    }

    private static void Analyze(OperationAnalysisContext context, IlgpuTypes ilgpu)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var what = Describe(invocation, ilgpu);
        if (what is null)
        {
            return;
        }

        if (invocation.Ancestors().TakeWhile(a => a is not IAnonymousFunctionOperation and not ILocalFunctionOperation).Any(a => a is ILoopOperation))
        {
            context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.AcceleratorPerCall, context.Options), invocation.Syntax.GetLocation(), what, "inside a loop"));
        }
        else if (what != "Loading a kernel" && IsUsingLocal(invocation) && LoadsAKernel(context.ContainingSymbol, invocation, ilgpu))
        {
            context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.AcceleratorPerCall, context.Options), invocation.Syntax.GetLocation(), what, $"on every call of '{context.ContainingSymbol.Name}' and is disposed at its end"));
        }
    }

    private static string? Describe(IInvocationOperation invocation, IlgpuTypes ilgpu)
    {
        var method = invocation.TargetMethod;
        if (KnownTypes.Is(method.ContainingType, ilgpu.Context) && method.Name.StartsWith("Create", System.StringComparison.Ordinal))
        {
            return "Creating an ILGPU context";
        }

        if (method.Name.StartsWith("Create", System.StringComparison.Ordinal) && method.Name.EndsWith("Accelerator", System.StringComparison.Ordinal) &&
            IlgpuTypes.DerivesFrom(method.ReturnType, ilgpu.Accelerator))
        {
            return "Creating an accelerator";
        }

        return ilgpu.IsKernelLoad(invocation) ? "Loading a kernel" : null;
    }

    private static bool IsUsingLocal(IInvocationOperation invocation) =>
        invocation.Ancestors().TakeWhile(a => a is not IBlockOperation).Any(a => a is IUsingDeclarationOperation or IUsingOperation);

    private static bool LoadsAKernel(ISymbol method, IOperation invocation, IlgpuTypes ilgpu) =>
        invocation.Ancestors().LastOrDefault() is { } root &&
        root.Descendants().OfType<IInvocationOperation>().Any(ilgpu.IsKernelLoad) &&
        method is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction };
}
