using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK105: a buffer from <c>accelerator.Allocate…</c> that nobody disposes: not a <c>using</c>
/// local, not stored in a field or property (the type owns it then), not returned or passed on
/// (the caller owns it), and no <c>Dispose()</c> call on the local.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK105DeviceBufferNotDisposedAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.DeviceBufferNotDisposed];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        IlgpuTypes.WhenReferenced(context, (start, ilgpu) =>
            start.RegisterOperationAction(operation => Analyze(operation, ilgpu), OperationKind.Invocation));
    }

    private static void Analyze(OperationAnalysisContext context, IlgpuTypes ilgpu)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!IsAllocation(invocation, ilgpu) || IsOwned(invocation))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.DeviceBufferNotDisposed, context.Options), invocation.Syntax.GetLocation(), invocation.TargetMethod.Name));
    }

    private static bool IsAllocation(IInvocationOperation invocation, IlgpuTypes ilgpu) =>
        invocation.TargetMethod.Name.StartsWith("Allocate", System.StringComparison.Ordinal) &&
        ilgpu.IsAcceleratorMethod(invocation.TargetMethod) &&
        invocation.Type?.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_IDisposable) == true;

    private static bool IsOwned(IInvocationOperation invocation)
    {
        var user = invocation.Parent;
        while (user is IConversionOperation or IParenthesizedOperation)
        {
            user = user.Parent;
        }

        switch (user)
        {
            case IReturnOperation or IArgumentOperation:
                return true;
            case IAssignmentOperation { Target: var target }:
                return target is IFieldReferenceOperation or IPropertyReferenceOperation ||
                       (target is ILocalReferenceOperation local && IsDisposedLater(local.Local, invocation));
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return declarator.Ancestors().TakeWhile(a => a is not IBlockOperation).Any(a => a is IUsingDeclarationOperation or IUsingOperation) ||
                       IsDisposedLater(declarator.Symbol, invocation);
            case IFieldInitializerOperation or IPropertyInitializerOperation:
                return true;
            default:
                return false;
        }
    }

    private static bool IsDisposedLater(ILocalSymbol local, IOperation allocation) =>
        allocation.Ancestors().LastOrDefault() is { } root &&
        root.Descendants().Any(o =>
            (o is IInvocationOperation { TargetMethod.Name: "Dispose", Instance: ILocalReferenceOperation disposed } && SymbolEqualityComparer.Default.Equals(disposed.Local, local)) ||
            (o is IUsingOperation { Resources: ILocalReferenceOperation used } && SymbolEqualityComparer.Default.Equals(used.Local, local)) ||
            (o is IReturnOperation { ReturnedValue: { } returned } && SymbolEqualityComparer.Default.Equals(returned.ReferencedSymbol(), local)) ||
            (o is ISimpleAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation, Value: var value } && SymbolEqualityComparer.Default.Equals(value.ReferencedSymbol(), local)));
}
