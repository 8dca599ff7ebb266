using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK015: <c>Monitor.Wait</c> that no <c>while</c>, <c>do</c> or <c>for</c> loop of the same
/// function encloses, so the condition it waited for is not checked again after waking. A
/// timed wait that nothing guards (<c>Monitor.Wait(gate, delay)</c> as a pause another thread
/// may cut short) waits for no condition and stays silent; a timed wait under an <c>if</c> or
/// inside a condition (<c>if (count == 0 &amp;&amp; !Monitor.Wait(gate, timeout))</c>) is the
/// bug this rule is for.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK015WaitOutsideLoopAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.WaitOutsideLoop];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var monitor = start.Compilation.GetTypeByMetadataName("System.Threading.Monitor");
            if (monitor is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeInvocation(c, monitor), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol monitor)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is not { Name: "Wait" } method ||
            !SymbolEqualityComparer.Default.Equals(method.ContainingType, monitor))
        {
            return;
        }

        var enclosing = EnclosingInFunction(invocation).ToList();
        if (enclosing.Any(IsRecheckingLoop))
        {
            return;
        }

        var timed = method.Parameters.Length > 1;
        if (timed && !enclosing.Any(IsCondition))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.WaitOutsideLoop, context.Options), invocation.Syntax.GetLocation()));
    }

    // A lambda or local function is another function: a loop around its definition does not re-check anything after its wait.
    private static IEnumerable<IOperation> EnclosingInFunction(IOperation operation) =>
        operation.Ancestors().TakeWhile(a => a is not (IAnonymousFunctionOperation or ILocalFunctionOperation));

    private static bool IsRecheckingLoop(IOperation operation) =>
        operation is IWhileLoopOperation or IForLoopOperation;

    private static bool IsCondition(IOperation operation) =>
        operation is IConditionalOperation or ISwitchOperation or ISwitchExpressionOperation
            or IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr };
}
