using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace MlKata.Analyzers.CodeFixes;

/// <summary>Adds a <c>readonly object</c> lock field to a type, named so it clashes with nothing.</summary>
internal static class GateField
{
    /// <summary>
    /// Returns <paramref name="type"/> with a new gate field as its first member, and the field's
    /// name. The field is static when the code that locks on it is static.
    /// </summary>
    public static (TypeDeclarationSyntax Type, string Name) Add(TypeDeclarationSyntax type, INamedTypeSymbol typeSymbol, bool isStatic)
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
            .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation);

        return (type.WithMembers(type.Members.Insert(0, field)), name);
    }
}
