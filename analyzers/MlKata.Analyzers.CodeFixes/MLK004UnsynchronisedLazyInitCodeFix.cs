using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK004 fix: run the check-then-create under a lock on a new readonly gate field. A lock,
/// not Lazy&lt;T&gt;: Lazy's default mode caches a failed creation forever, while code under a
/// lock keeps its own retry behaviour (a throw stores nothing, the next caller tries again).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MLK004UnsynchronisedLazyInitCodeFix)), Shared]
public sealed class MLK004UnsynchronisedLazyInitCodeFix : CodeFixProvider
{
    private const string Title = "Create it under a lock";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [Rules.UnsynchronisedLazyInit.Id];

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var assignment = root?.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<AssignmentExpressionSyntax>();
        var guarded = assignment is null ? null : GuardedStatement(assignment);
        if (guarded?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, ct => Fix(context.Document, assignment!, guarded, ct), equivalenceKey: Title),
            context.Diagnostics);
    }

    /// <summary>The statement to put under the lock: the guarding if, or the statement holding a ??=.</summary>
    private static StatementSyntax? GuardedStatement(AssignmentExpressionSyntax assignment) =>
        assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression)
            ? assignment.FirstAncestorOrSelf<StatementSyntax>()
            : assignment.FirstAncestorOrSelf<IfStatementSyntax>();

    private static async Task<Document> Fix(Document document, AssignmentExpressionSyntax assignment, StatementSyntax guarded, CancellationToken cancellationToken)
    {
        var model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var isStatic = model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol?.IsStatic ?? false;

        return await GateField.AddAndRewriteAsync(
            document,
            guarded,
            isStatic,
            (current, gate) => LockStatement(IdentifierName(gate), Block(((StatementSyntax)current).WithoutLeadingTrivia()))
                .WithLeadingTrivia(current.GetLeadingTrivia()),
            remove: null,
            cancellationToken).ConfigureAwait(false);
    }
}
