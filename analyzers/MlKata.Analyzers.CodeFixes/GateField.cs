using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>Adds a <c>readonly object</c> lock field to a type, named so it clashes with nothing.</summary>
internal static class GateField
{
    /// <summary>
    /// The shared shape of the lock fixes: add a gate field to the type around
    /// <paramref name="target"/>, replace <paramref name="target"/> by what
    /// <paramref name="rewrite"/> makes of it given the gate's name, drop
    /// <paramref name="remove"/> (if any), and format what changed.
    /// </summary>
    public static async Task<Document> AddAndRewriteAsync(
        Document document,
        SyntaxNode target,
        bool isStatic,
        Func<SyntaxNode, string, SyntaxNode> rewrite,
        SyntaxNode? remove,
        CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
        var type = target.FirstAncestorOrSelf<TypeDeclarationSyntax>()!;
        var typeSymbol = model.GetDeclaredSymbol(type, cancellationToken)!;

        var tracked = root.TrackNodes(new[] { type, target }.Concat(remove is null ? [] : [remove]));
        var (withField, gate) = Add(tracked.GetCurrentNode(type)!, typeSymbol, isStatic);
        tracked = tracked.ReplaceNode(tracked.GetCurrentNode(type)!, withField);
        var current = tracked.GetCurrentNode(target)!;
        tracked = tracked.ReplaceNode(current, rewrite(current, gate).WithAdditionalAnnotations(Formatter.Annotation));
        if (remove is not null)
        {
            tracked = tracked.RemoveNode(tracked.GetCurrentNode(remove)!, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        return document.WithSyntaxRoot(Formatter.Format(tracked, Formatter.Annotation, document.Project.Solution.Workspace, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Returns <paramref name="type"/> with a new gate field as its first member, and the field's
    /// name. The field is static when the code that locks on it is static.
    /// </summary>
    private static (TypeDeclarationSyntax Type, string Name) Add(TypeDeclarationSyntax type, INamedTypeSymbol typeSymbol, bool isStatic)
    {
        var stem = isStatic ? "s_gate" : "_gate";
        var taken = new HashSet<string>(typeSymbol.GetMembers().Select(m => m.Name), StringComparer.Ordinal);
        var name = stem;
        for (var suffix = 2; taken.Contains(name); suffix++)
        {
            name = stem + suffix;
        }

        var modifiers = isStatic
            ? TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword))
            : TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.ReadOnlyKeyword));
        var field = FieldDeclaration(
                VariableDeclaration(PredefinedType(Token(SyntaxKind.ObjectKeyword)))
                    .AddVariables(VariableDeclarator(name).WithInitializer(EqualsValueClause(ImplicitObjectCreationExpression()))))
            .WithModifiers(modifiers)
            .WithAdditionalAnnotations(Formatter.Annotation);

        return (type.WithMembers(type.Members.Insert(0, field)), name);
    }
}
