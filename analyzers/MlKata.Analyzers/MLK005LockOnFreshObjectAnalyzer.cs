using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK005: <c>lock (new …)</c>, or a lock on a local created with <c>new</c> in the same
/// function. A local shared by lambdas of one call (<c>var gate = new object();
/// Parallel.For(…, i =&gt; { lock (gate) … })</c>) is a real shared lock and stays silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK005LockOnFreshObjectAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.LockOnFreshObject];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterOperationAction(AnalyzeLock, OperationKind.Lock);
    }

    private static void AnalyzeLock(OperationAnalysisContext context)
    {
        var locked = ((ILockOperation)context.Operation).LockedValue.WithoutConversions();
        var description = locked switch
        {
            IObjectCreationOperation or ITypeParameterObjectCreationOperation or IAnonymousObjectCreationOperation or IArrayCreationOperation
                => "a new object",
            ILocalReferenceOperation { Local: var local } when IsCreatedInSameFunction(local, context.Operation.Syntax)
                => $"'{local.Name}', a local",
            _ => null,
        };

        if (description is not null && locked is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.LockOnFreshObject, context.Options), locked.Syntax.GetLocation(), description));
        }
    }

    private static bool IsCreatedInSameFunction(ILocalSymbol local, SyntaxNode lockStatement)
    {
        if (local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax declarator ||
            declarator.Initializer?.Value is not (ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax))
        {
            return false;
        }

        return EnclosingFunction(declarator) == EnclosingFunction(lockStatement);
    }

    private static SyntaxNode? EnclosingFunction(SyntaxNode node) =>
        node.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax);
}
