using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK010 fix: cast the dividend to the floating type the quotient becomes (<c>(double)a / b</c>),
/// so the division itself is done in floating point. A cast of the whole quotient to that same
/// type, <c>(double)(a / b)</c>, is then redundant and goes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MLK010IntegerDivisionForRatioCodeFix)), Shared]
public sealed class MLK010IntegerDivisionForRatioCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [Rules.IntegerDivisionForRatio.Id];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not BinaryExpressionSyntax division ||
                !diagnostic.Properties.TryGetValue(MLK010IntegerDivisionForRatioAnalyzer.TargetTypeProperty, out var target) || target is null)
            {
                continue;
            }

            var title = $"Cast the dividend to {target}";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => CastDividend(context.Document, division, target, ct), equivalenceKey: title),
                diagnostic);
        }
    }

    private static async Task<Document> CastDividend(Document document, BinaryExpressionSyntax division, string target, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var type = ParseTypeName(target);

        // Parentheses everywhere, and the simplifier keeps only those the precedence needs: (double)(a * b) / c, but (double)a / b.
        var dividend = CastExpression(type, Parenthesized(division.Left.WithoutTrivia())).WithTriviaFrom(division.Left);
        ExpressionSyntax ratio = division.WithLeft(dividend);

        SyntaxNode replaced = division;
        if (OuterCastTo(division, target) is { } redundantCast)
        {
            replaced = redundantCast;
            ratio = Parenthesized(ratio.WithoutTrivia()).WithTriviaFrom(redundantCast);
        }

        return document.WithSyntaxRoot(root.ReplaceNode(replaced, ratio));
    }

    /// <summary>The cast <c>(target)(division)</c> around the division, if there is one.</summary>
    private static CastExpressionSyntax? OuterCastTo(BinaryExpressionSyntax division, string target)
    {
        SyntaxNode node = division;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        return node.Parent is CastExpressionSyntax { Type: PredefinedTypeSyntax predefined } cast && predefined.Keyword.ValueText == target ? cast : null;
    }

    private static ParenthesizedExpressionSyntax Parenthesized(ExpressionSyntax expression) =>
        ParenthesizedExpression(expression).WithAdditionalAnnotations(Simplifier.Annotation);
}
