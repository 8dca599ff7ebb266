using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>
/// MLK006 fix, for <c>s.GetHashCode()</c> of a string: hash the string's UTF-8 bytes with SHA-256
/// and take the first four bytes as the <c>int</c>, the same in every process. The result keeps
/// the type and range of <c>GetHashCode()</c>, so what the code does with it stays as it was.
/// HashCode.Combine and the other hashes need a decision about how to encode their inputs, so
/// they have no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MLK006ProcessRandomisedHashCodeFix)), Shared]
public sealed class MLK006ProcessRandomisedHashCodeFix : CodeFixProvider
{
    private const string Title = "Hash the string with SHA-256";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [Rules.ProcessRandomisedHash.Id];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(MLK006ProcessRandomisedHashAnalyzer.StringHashProperty) ||
                root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } call)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => HashWithSha256(context.Document, call, member.Expression, ct), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<Document> HashWithSha256(Document document, InvocationExpressionSyntax call, ExpressionSyntax text, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;

        // Fully qualified and annotated: the usings are added here, and the clean-up shortens the names.
        var bytes = Invoke("global::System.Text.Encoding.UTF8.GetBytes", text.WithoutTrivia());
        var digest = Invoke("global::System.Security.Cryptography.SHA256.HashData", bytes);
        var stable = Invoke("global::System.BitConverter.ToInt32", digest)
            .WithTriviaFrom(call)
            .WithAdditionalAnnotations(Formatter.Annotation);

        var hashed = document.WithSyntaxRoot(root.ReplaceNode(call, stable));
        return await ImportAdder.AddImportsAsync(hashed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static InvocationExpressionSyntax Invoke(string method, ExpressionSyntax argument) =>
        InvocationExpression(
            ParseExpression(method).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
            ArgumentList(SingletonSeparatedList(Argument(argument))));
}
