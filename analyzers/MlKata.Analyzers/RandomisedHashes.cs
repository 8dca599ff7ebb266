using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// The calls whose hash differs from one process to the next (MLK006's sources). .NET seeds
/// string hashing and <c>HashCode</c> with a random value per process, and an object without its
/// own <c>GetHashCode</c> hashes by identity. So: <c>string.GetHashCode</c>, the built-in
/// <c>StringComparer</c>s, <c>HashCode.Combine</c> and <c>ToHashCode</c>, <c>RuntimeHelpers.GetHashCode</c>,
/// and <c>GetHashCode()</c> (or <c>EqualityComparer&lt;T&gt;.Default.GetHashCode</c>) of a string, a
/// record, a tuple, an anonymous object, an array, a class that does not override it, or a type
/// parameter that may be any of those. Numbers, enums, <c>Guid</c> and types with their own
/// <c>GetHashCode</c> are left alone: their hash may well be stable.
/// </summary>
internal sealed class RandomisedHashes
{
    private readonly INamedTypeSymbol? _hashCode;
    private readonly INamedTypeSymbol? _equalityComparer;
    private readonly INamedTypeSymbol? _stringComparer;
    private readonly INamedTypeSymbol? _runtimeHelpers;

    private RandomisedHashes(Compilation compilation)
    {
        _hashCode = compilation.GetTypeByMetadataName("System.HashCode");
        _equalityComparer = compilation.GetTypeByMetadataName("System.Collections.Generic.EqualityComparer`1");
        _stringComparer = compilation.GetTypeByMetadataName("System.StringComparer");
        _runtimeHelpers = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.RuntimeHelpers");
    }

    public static RandomisedHashes From(Compilation compilation) => new(compilation);

    /// <summary>What <paramref name="call"/> hashes with, as the message names it, when that hash is randomised per process; otherwise null.</summary>
    public string? Describe(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        var type = method.ContainingType;
        if (KnownTypes.Is(type, _hashCode))
        {
            return method.Name switch
            {
                "Combine" => "HashCode.Combine",
                "ToHashCode" => "HashCode.ToHashCode()",
                _ => null,
            };
        }

        if (method.Name != "GetHashCode")
        {
            return null;
        }

        if (KnownTypes.Is(type, _runtimeHelpers))
        {
            return "RuntimeHelpers.GetHashCode (an identity hash)";
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return "string.GetHashCode()";
        }

        if (call.Instance is { } comparer && InheritsFrom(comparer.Type, _stringComparer))
        {
            return "StringComparer.GetHashCode";
        }

        if (KnownTypes.Is(type, _equalityComparer) && call.Instance.WithoutConversions() is IPropertyReferenceOperation { Property.Name: "Default" } &&
            type.TypeArguments.FirstOrDefault() is { } compared && HashOf(compared) is not null)
        {
            return $"EqualityComparer<{compared.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}>.Default.GetHashCode";
        }

        return method.Parameters.IsEmpty && call.Instance.WithoutConversions()?.Type is { } receiver && HashOf(receiver) is { } hash
            ? $"GetHashCode() of {hash}"
            : null;
    }

    /// <summary>How <paramref name="type"/>'s own GetHashCode is randomised, in words, or null when it may be stable.</summary>
    private static string? HashOf(ITypeSymbol type) => type switch
    {
        { SpecialType: SpecialType.System_String } => "a string",
        ITypeParameterSymbol parameter => $"a {parameter.Name} (it may be a string)",
        IArrayTypeSymbol => "an array (its identity)",
        INamedTypeSymbol { IsAnonymousType: true } => "an anonymous object",
        INamedTypeSymbol { IsTupleType: true } => "a tuple",
        INamedTypeSymbol { IsRecord: true } => "a record",
        INamedTypeSymbol { Name: "Tuple", ContainingNamespace.Name: "System", ContainingNamespace.ContainingNamespace.IsGlobalNamespace: true } => "a tuple",
        INamedTypeSymbol { TypeKind: TypeKind.Class, SpecialType: not SpecialType.System_Object } named when HashesByIdentity(named) => $"a {named.Name} (its identity: it does not override GetHashCode)",
        _ => null,
    };

    // A class whose nearest GetHashCode is object's: the hash is the object's identity, different in every process.
    private static bool HashesByIdentity(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.SpecialType == SpecialType.System_Object)
            {
                return true;
            }

            if (current.GetMembers("GetHashCode").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.IsEmpty))
            {
                return false;
            }
        }

        return false;
    }

    private static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (KnownTypes.Is(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
