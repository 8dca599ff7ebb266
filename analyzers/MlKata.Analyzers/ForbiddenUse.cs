using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// Judges one use of a member (a call, a property, field or event, a method group, a
/// constructor) against the submission policy. Types written by name are judged where they are
/// written; this catches what reaches a forbidden type without naming it: a static member of
/// one (<c>Marshal.AllocHGlobal</c>, also through <c>using static</c>), a member of a value of
/// one (<c>method.Invoke</c> on a <c>var</c>), a member that returns one
/// (<c>exception.TargetSite</c>), and the members of <see cref="ForbiddenMembers"/>.
/// </summary>
internal static class ForbiddenUse
{
    /// <summary>The breach <paramref name="operation"/> is, if it is a member use the policy forbids.</summary>
    public static Breach? Of(IOperation operation, ForbiddenMembers members, PolicyScope scope)
    {
        var (member, receiver) = operation switch
        {
            IInvocationOperation invocation => ((ISymbol)invocation.TargetMethod, invocation.Instance),
            IMemberReferenceOperation reference => (reference.Member, reference.Instance),
            IObjectCreationOperation { Constructor: { } constructor } => (constructor, null),
            _ => (null, null),
        };

        if (member is null)
        {
            return null;
        }

        // A member of a value is judged by the value's type: Type's Name comes from MemberInfo,
        // yet GetType().Name reaches nothing.
        var owner = receiver?.Type ?? member.ContainingType;
        var reason = scope.Forbids(members.Reason(member)) ?? OwnerReason(operation, owner, scope) ?? ResultReason(member, scope);
        return reason is null ? null : new Breach(Name(member, owner), reason);
    }

    // A forbidden type's constructor is judged where the type is named, in 'new T(…)'.
    private static PolicyReason? OwnerReason(IOperation operation, ITypeSymbol? owner, PolicyScope scope) =>
        operation is IObjectCreationOperation || owner is null ? null : scope.Forbids(ForbiddenTypes.Reason(owner));

    // The declared type, not the constructed one: List<MethodInfo>'s indexer names MethodInfo
    // where the list is declared, but Exception.TargetSite names MethodBase nowhere.
    private static PolicyReason? ResultReason(ISymbol member, PolicyScope scope) =>
        DeclaredResultType(member.OriginalDefinition) is { } result ? scope.Forbids(ForbiddenTypes.ReasonForAnyPart(result)) : null;

    private static ITypeSymbol? DeclaredResultType(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: not MethodKind.Constructor } method => method.ReturnType,
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        _ => null,
    };

    private static string Name(ISymbol member, ITypeSymbol? owner)
    {
        var type = owner?.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        return member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            ? $"'new {type}({string.Join(", ", constructor.Parameters.Select(p => p.Name))})'"
            : $"'{type}.{member.Name}'";
    }
}
