using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK015 fix: <c>if (condition) Monitor.Wait(gate);</c> becomes <c>while (condition) …</c>, so the
/// condition is checked again after every wake-up. Offered only where that is the whole repair:
/// an untimed wait in the body of an <c>if</c> without <c>else</c>. A timed wait in a loop would
/// restart its timeout on every wake-up, so it needs a deadline, which is a redesign.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MLK015WaitOutsideLoopCodeFix)), Shared]
public sealed class MLK015WaitOutsideLoopCodeFix : CodeFixProvider
{
    private const string Title = "Wait in a 'while' that re-checks the condition";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [Rules.WaitOutsideLoop.Id];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } wait ||
                GuardingIf(wait) is not { } guard)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(guard, AsWhile(guard)))), equivalenceKey: Title),
                diagnostic);
        }
    }

    // The if whose body is, or directly holds, the statement that waits.
    private static IfStatementSyntax? GuardingIf(InvocationExpressionSyntax wait)
    {
        if (wait.Parent is not ExpressionStatementSyntax statement)
        {
            return null;
        }

        var body = statement.Parent is BlockSyntax block ? (SyntaxNode)block : statement;
        return body.Parent is IfStatementSyntax { Else: null } guard && guard.Statement == body ? guard : null;
    }

    private static WhileStatementSyntax AsWhile(IfStatementSyntax guard) =>
        WhileStatement(guard.Condition, guard.Statement)
            .WithWhileKeyword(Token(guard.IfKeyword.LeadingTrivia, SyntaxKind.WhileKeyword, guard.IfKeyword.TrailingTrivia))
            .WithOpenParenToken(guard.OpenParenToken)
            .WithCloseParenToken(guard.CloseParenToken);
}
