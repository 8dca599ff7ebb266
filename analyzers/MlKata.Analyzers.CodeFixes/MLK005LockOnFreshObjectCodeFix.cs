using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>MLK005 fix: lock a shared <c>readonly object</c> field instead of an object made for this call.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MLK005LockOnFreshObjectCodeFix)), Shared]
public sealed class MLK005LockOnFreshObjectCodeFix : CodeFixProvider
{
    private const string Title = "Lock a shared readonly field";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [Rules.LockOnFreshObject.Id];

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null; // each fix adds a field: one at a time

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var lockStatement = root?.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<LockStatementSyntax>();
        if (lockStatement?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, ct => Fix(context.Document, lockStatement, ct), equivalenceKey: Title),
            context.Diagnostics);
    }

    private static async Task<Document> Fix(Document document, LockStatementSyntax lockStatement, CancellationToken cancellationToken)
    {
        var model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var type = lockStatement.FirstAncestorOrSelf<TypeDeclarationSyntax>()!;
        var isStatic = model.GetEnclosingSymbol(lockStatement.SpanStart, cancellationToken)?.IsStatic ?? false;

        // A lock on a local created just for it: the local's declaration goes too, unless it is used elsewhere.
        var local = model.GetSymbolInfo(lockStatement.Expression, cancellationToken).Symbol as ILocalSymbol;
        var declaration = local?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken).FirstAncestorOrSelf<LocalDeclarationStatementSyntax>();
        var onlyUse = declaration is { Declaration.Variables.Count: 1 } &&
                      type.DescendantNodes().OfType<IdentifierNameSyntax>().Count(n => n.Identifier.ValueText == local!.Name &&
                          SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellationToken).Symbol, local)) == 1;

        // The type already waits on or pulses a field with Monitor: that field is the gate its
        // locks were meant to take, and a new one would leave Wait and Pulse on an unheld lock.
        if (MonitorGate(lockStatement, model, cancellationToken) is { } monitored)
        {
            var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            var relocked = lockStatement.WithExpression(IdentifierName(monitored.Name).WithTriviaFrom(lockStatement.Expression));
            return document.WithSyntaxRoot(root.ReplaceNode(lockStatement, relocked));
        }

        return await GateField.AddAndRewriteAsync(
            document,
            lockStatement,
            isStatic,
            (current, gate) => ((LockStatementSyntax)current).WithExpression(IdentifierName(gate).WithTriviaFrom(((LockStatementSyntax)current).Expression)),
            onlyUse ? declaration : null,
            cancellationToken).ConfigureAwait(false);
    }

    private static IFieldSymbol? MonitorGate(LockStatementSyntax lockStatement, SemanticModel model, CancellationToken cancellationToken) =>
        lockStatement.FirstAncestorOrSelf<TypeDeclarationSyntax>()!.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(call => call.ArgumentList.Arguments.Count > 0 &&
                           model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { Name: "Wait" or "Pulse" or "PulseAll", ContainingType: { Name: "Monitor", ContainingNamespace.Name: "Threading" } })
            .Select(call => model.GetSymbolInfo(call.ArgumentList.Arguments[0].Expression, cancellationToken).Symbol as IFieldSymbol)
            .FirstOrDefault(field => field is not null);
}
