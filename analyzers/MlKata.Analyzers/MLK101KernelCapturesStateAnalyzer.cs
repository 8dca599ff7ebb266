using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK101: a lambda, local function or instance method handed to an ILGPU kernel loader that
/// captures locals, parameters or <c>this</c>. A non-capturing lambda and a static method load fine.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK101KernelCapturesStateAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.KernelCapturesState];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        IlgpuTypes.WhenReferenced(context, (start, ilgpu) =>
            start.RegisterOperationAction(operation => AnalyzeLoad(operation, ilgpu), OperationKind.Invocation));
    }

    private static void AnalyzeLoad(OperationAnalysisContext context, IlgpuTypes ilgpu)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!ilgpu.IsKernelLoad(invocation))
        {
            return;
        }

        foreach (var kernel in invocation.Arguments.Select(a => a.Value.WithoutConversions()).OfType<IDelegateCreationOperation>())
        {
            var captured = kernel.Target switch
            {
                IAnonymousFunctionOperation lambda => Captures(lambda.Body, lambda.Symbol),
                IMethodReferenceOperation { Method: { MethodKind: MethodKind.LocalFunction, IsStatic: false } local } reference =>
                    LocalFunctionBody(local, reference) is { } body ? Captures(body, local) : null,
                IMethodReferenceOperation { Method.IsStatic: false } method => $"'this' ('{method.Method.Name}' is an instance method)",
                _ => null,
            };

            if (captured is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.KernelCapturesState, context.Options), kernel.Syntax.GetLocation(), captured));
            }
        }
    }

    private static string? Captures(IOperation body, IMethodSymbol function)
    {
        var names = body.Descendants()
            .Select(o => o switch
            {
                IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } => "this",
                ILocalReferenceOperation local when !IsInside(local.Local.ContainingSymbol, function) => local.Local.Name,
                IParameterReferenceOperation parameter when !IsInside(parameter.Parameter.ContainingSymbol, function) => parameter.Parameter.Name,
                _ => null,
            })
            .Where(n => n is not null)
            .Distinct()
            .Select(n => $"'{n}'")
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static bool IsInside(ISymbol? symbol, IMethodSymbol function)
    {
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (SymbolEqualityComparer.Default.Equals(current, function))
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation? LocalFunctionBody(IMethodSymbol localFunction, IOperation reference) =>
        localFunction.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is { } syntax &&
        reference.SemanticModel?.GetOperation(syntax) is ILocalFunctionOperation { Body: { } body }
            ? body
            : null;
}
