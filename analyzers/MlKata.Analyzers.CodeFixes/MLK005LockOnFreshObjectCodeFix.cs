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
using Microsoft.CodeAnalysis.Formatting;
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
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var type = lockStatement.FirstAncestorOrSelf<TypeDeclarationSyntax>()!;
        var typeSymbol = model.GetDeclaredSymbol(type, cancellationToken)!;
        var isStatic = model.GetEnclosingSymbol(lockStatement.SpanStart, cancellationToken)?.IsStatic ?? false;

        // A lock on a local created just for it: the local's declaration goes too, unless it is used elsewhere.
        var local = model.GetSymbolInfo(lockStatement.Expression, cancellationToken).Symbol as ILocalSymbol;
        var declaration = local?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken).FirstAncestorOrSelf<LocalDeclarationStatementSyntax>();
        var removeDeclaration = declaration is { Declaration.Variables.Count: 1 } &&
                                type.DescendantNodes().OfType<IdentifierNameSyntax>().Count(n => n.Identifier.ValueText == local!.Name &&
                                    SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellationToken).Symbol, local)) == 1;

        var tracked = root.TrackNodes(new SyntaxNode[] { type, lockStatement }.Concat(removeDeclaration ? [declaration!] : []));
        var (withField, gate) = GateField.Add(tracked.GetCurrentNode(type)!, typeSymbol, isStatic);
        tracked = tracked.ReplaceNode(tracked.GetCurrentNode(type)!, withField);
        var currentLock = tracked.GetCurrentNode(lockStatement)!;
        tracked = tracked.ReplaceNode(currentLock, currentLock.WithExpression(IdentifierName(gate).WithTriviaFrom(currentLock.Expression)));
        if (removeDeclaration)
        {
            tracked = tracked.RemoveNode(tracked.GetCurrentNode(declaration!)!, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        return document.WithSyntaxRoot(Formatter.Format(tracked, Formatter.Annotation, document.Project.Solution.Workspace, cancellationToken: cancellationToken));
    }
}
