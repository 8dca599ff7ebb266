using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// The submission policy's checks on what is written: the unsafe, fixed and extern keywords,
/// pointer types, attributes, and names of forbidden types (or of <c>dynamic</c>). A using
/// directive is never a breach on its own: the SDK's implicit usings bring in System.Net.Http.
/// </summary>
internal static class ForbiddenSyntax
{
    /// <summary>Every <c>unsafe</c>, <c>fixed</c> and <c>extern</c> modifier, block or statement in the tree.</summary>
    public static IEnumerable<(Location Location, Breach Breach)> Keywords(SyntaxNode root) =>
        from token in root.DescendantTokens()
        let reason = KeywordReason(token)
        where reason is not null && !IsInUsingDirective(token.Parent)
        select (token.GetLocation(), new Breach($"'{token.Text}'", reason));

    /// <summary>A pointer or function-pointer type; one written inside another is part of it.</summary>
    public static Breach? PointerType(TypeSyntax type) =>
        type.Parent is PointerTypeSyntax or FunctionPointerParameterSyntax || IsInUsingDirective(type)
            ? null
            : new Breach($"'{type}'", PolicyReason.Unsafe);

    /// <summary>An assembly- or module-level attribute, or an attribute of a forbidden type ([ModuleInitializer], [DllImport]…).</summary>
    public static Breach? Attribute(AttributeSyntax attribute, SemanticModel model)
    {
        if (attribute.Parent is AttributeListSyntax { Target.Identifier: var target } &&
            target.Kind() is SyntaxKind.AssemblyKeyword or SyntaxKind.ModuleKeyword)
        {
            return new Breach($"'[{target.Text}: {attribute.Name}]'", PolicyReason.AssemblyAttribute);
        }

        return model.GetSymbolInfo(attribute).Symbol?.ContainingType is { } type && ForbiddenTypes.Reason(type) is { } reason
            ? new Breach($"'[{attribute.Name}]'", reason)
            : null;
    }

    /// <summary>
    /// A name that denotes a forbidden type or <c>dynamic</c>, reported once at the whole name
    /// (<c>System.Net.Http.HttpClient</c>, not each part). A name before a member access is left
    /// to <see cref="ForbiddenUse"/>, which reports the member used.
    /// </summary>
    public static Breach? TypeName(NameSyntax name, SemanticModel model, PolicyScope scope)
    {
        if (name.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax or MemberAccessExpressionSyntax ||
            name.Parent is AttributeSyntax ||
            name is IdentifierNameSyntax { IsVar: true } ||
            name.IsPartOfStructuredTrivia() || // a cref in a doc comment
            IsInUsingDirective(name) ||
            model.GetSymbolInfo(name).Symbol is not ITypeSymbol type ||
            IsInNameof(name, model))
        {
            return null;
        }

        // An alias hides what it stands for: using Infos = System.Reflection.MethodInfo[].
        var reason = model.GetAliasInfo(name) is null ? ForbiddenTypes.Reason(type) : ForbiddenTypes.ReasonForAnyPart(type);
        return scope.Forbids(reason) is { } forbidden
            ? new Breach($"'{type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}'", forbidden)
            : null;
    }

    private static PolicyReason? KeywordReason(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.UnsafeKeyword or SyntaxKind.FixedKeyword => PolicyReason.Unsafe,
        SyntaxKind.ExternKeyword when token.Parent is not ExternAliasDirectiveSyntax => PolicyReason.Native,
        _ => null,
    };

    private static bool IsInUsingDirective(SyntaxNode? node) => node?.FirstAncestorOrSelf<UsingDirectiveSyntax>() is not null;

    private static bool IsInNameof(SyntaxNode node, SemanticModel model) =>
        node.Ancestors().OfType<InvocationExpressionSyntax>()
            .Any(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && model.GetOperation(i) is INameOfOperation);
}
