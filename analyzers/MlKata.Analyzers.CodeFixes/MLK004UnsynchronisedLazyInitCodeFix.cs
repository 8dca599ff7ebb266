using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
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
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var type = guarded.FirstAncestorOrSelf<TypeDeclarationSyntax>()!;
        var typeSymbol = model.GetDeclaredSymbol(type, cancellationToken)!;
        var isStatic = model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol?.IsStatic ?? false;

        var tracked = root.TrackNodes(type, guarded);
        var (withField, gate) = GateField.Add(tracked.GetCurrentNode(type)!, typeSymbol, isStatic);
        tracked = tracked.ReplaceNode(tracked.GetCurrentNode(type)!, withField);
        var current = tracked.GetCurrentNode(guarded)!;
        var locked = LockStatement(IdentifierName(gate), Block(current.WithoutLeadingTrivia()))
            .WithLeadingTrivia(current.GetLeadingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        tracked = tracked.ReplaceNode(current, locked);

        return document.WithSyntaxRoot(Formatter.Format(tracked, Formatter.Annotation, document.Project.Solution.Workspace, cancellationToken: cancellationToken));
    }
}
