using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// Finds the code that ILGPU compiles for a device: static methods that look like kernels
/// (void, an ArrayView parameter, and either a thread index first or Group/Grid/SharedMemory
/// inside: explicitly grouped), and lambdas passed straight to a kernel loader. The kernel
/// rules (MLK102, MLK103, MLK106) inspect what this hands them, so all three agree on what a
/// kernel is.
/// </summary>
internal static class KernelBodies
{
    /// <summary>Calls <paramref name="analyze"/> with the body of every kernel the compilation declares.</summary>
    public static void Register(AnalysisContext context, Action<KernelBody> analyze)
    {
        IlgpuTypes.WhenReferenced(context, (start, ilgpu) =>
        {
            start.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } method &&
                    LooksLikeKernel(method, ilgpu) &&
                    block.OperationBlocks.FirstOrDefault(b => b is IBlockOperation) is { } body &&
                    (ilgpu.IsIndex(method.Parameters[0].Type) || UsesKernelIntrinsics(body, ilgpu)))
                {
                    analyze(new KernelBody(body, ilgpu, block.ReportDiagnostic, block.Options, method));
                }
            });

            start.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    if (!ilgpu.IsKernelLoad(invocation))
                    {
                        return;
                    }

                    foreach (var lambda in invocation.Arguments
                                 .Select(a => a.Value.WithoutConversions())
                                 .OfType<IDelegateCreationOperation>()
                                 .Select(d => d.Target)
                                 .OfType<IAnonymousFunctionOperation>())
                    {
                        analyze(new KernelBody(lambda.Body, ilgpu, operation.ReportDiagnostic, operation.Options, lambda.Symbol));
                    }
                },
                OperationKind.Invocation);
        });
    }

    private static bool LooksLikeKernel(IMethodSymbol method, IlgpuTypes ilgpu) =>
        method.IsStatic && method.ReturnsVoid && method.Parameters.Length > 0 &&
        method.Parameters.Any(p => ilgpu.IsArrayView(p.Type));

    private static bool UsesKernelIntrinsics(IOperation body, IlgpuTypes ilgpu) =>
        body.Descendants().Any(o => o switch
        {
            IInvocationOperation call => ilgpu.IsKernelIntrinsic(call.TargetMethod.ContainingType),
            IPropertyReferenceOperation property => ilgpu.IsKernelIntrinsic(property.Property.ContainingType),
            _ => false,
        });
}

/// <summary>The body of one kernel, with what a rule needs to report on it.</summary>
internal sealed class KernelBody(IOperation body, IlgpuTypes ilgpu, Action<Diagnostic> report, AnalyzerOptions options, IMethodSymbol method)
{
    public IOperation Body { get; } = body;

    public IlgpuTypes Ilgpu { get; } = ilgpu;

    public IMethodSymbol Method { get; } = method;

    /// <summary>How messages name the kernel.</summary>
    public string Name => Method.MethodKind == MethodKind.AnonymousFunction ? "lambda" : Method.Name;

    /// <summary>The body's operations, outermost first, in source order.</summary>
    public IEnumerable<IOperation> Operations => Body.Descendants();

    public void Report(DiagnosticDescriptor rule, Location location, params object[] arguments) =>
        report(Diagnostic.Create(HelpLinks.For(rule, options), location, arguments));
}
