using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MlKata.Analyzers;

/// <summary>
/// Members of allowed types that a graded submission may not use: the member lookups of
/// <see cref="System.Type"/>, late-bound creation and invocation, compiled expressions, process
/// exit, the raw console streams, global event hooks, and the StreamReader/StreamWriter
/// constructors that open a path. Resolved once per compilation.
/// </summary>
internal sealed class ForbiddenMembers
{
    private static readonly ImmutableHashSet<string> TypeLookups = ImmutableHashSet.Create(
        "GetMethod", "GetMethods", "GetField", "GetFields", "GetProperty", "GetProperties", "GetMember", "GetMembers",
        "GetConstructor", "GetConstructors", "GetEvent", "GetEvents", "GetNestedType", "GetNestedTypes",
        "GetInterface", "GetInterfaces", "MakeGenericType", "InvokeMember", "Assembly", "Module");

    private readonly INamedTypeSymbol? _type;
    private readonly IReadOnlyList<Rule> _rules;

    private ForbiddenMembers(Compilation compilation)
    {
        INamedTypeSymbol? Type(string metadataName) => compilation.GetTypeByMetadataName(metadataName);

        _type = Type("System.Type");
        _rules =
        [
            new(_type, PolicyReason.Reflection, m => TypeLookups.Contains(m.Name) || IsGetTypeByName(m)),
            new(Type("System.Activator"), PolicyReason.Reflection, IsLateBoundCreation),
            new(Type("System.Delegate"), PolicyReason.Reflection, m => m.Name is "DynamicInvoke" or "Method" or "Target"),
            new(Type("System.Linq.Expressions.LambdaExpression"), PolicyReason.UncheckedCode, m => m.Name == "Compile"),
            new(Type("System.Linq.Expressions.Expression`1"), PolicyReason.UncheckedCode, m => m.Name == "Compile"),
            new(Type("System.Environment"), PolicyReason.ProcessControl, m => m.Name is "Exit" or "FailFast"),
            new(Type("System.Environment"), PolicyReason.Environment, m => m.Name == "SetEnvironmentVariable"),
            new(Type("System.Runtime.CompilerServices.RuntimeHelpers"), PolicyReason.UncheckedCode, m => m.Name == "GetUninitializedObject"),
            new(Type("System.Console"), PolicyReason.RawStreams,
                m => m.Name is "OpenStandardOutput" or "OpenStandardError" or "OpenStandardInput" or "SetOut" or "SetError" or "SetIn"),
            new(Type("System.Console"), PolicyReason.GlobalHooks, m => m.Name == "CancelKeyPress"),
            new(Type("System.Threading.Tasks.TaskScheduler"), PolicyReason.GlobalHooks, m => m.Name == "UnobservedTaskException"),
            new(Type("System.IO.StreamReader"), PolicyReason.Files, OpensPath),
            new(Type("System.IO.StreamWriter"), PolicyReason.Files, OpensPath),
        ];
    }

    public static ForbiddenMembers For(Compilation compilation) => new(compilation);

    /// <summary>Why <paramref name="member"/> is forbidden; null when it is not one of these members.</summary>
    public PolicyReason? Reason(ISymbol member) => _rules.FirstOrDefault(r => r.Matches(member))?.Reason;

    // Type.GetType(string…) finds a type by name; the object's own GetType() is harmless.
    private static bool IsGetTypeByName(ISymbol member) =>
        member is IMethodSymbol { Name: "GetType", IsStatic: true } && FirstParameterType(member)?.SpecialType == SpecialType.System_String;

    // Activator.CreateInstance<T>() is new T(); with a Type or a type's name, it creates what reflection finds.
    private bool IsLateBoundCreation(ISymbol member) => member switch
    {
        IMethodSymbol { Name: "CreateInstanceFrom" } => true,
        IMethodSymbol { Name: "CreateInstance" } => FirstParameterType(member) is { } first &&
            (first.SpecialType == SpecialType.System_String || SymbolEqualityComparer.Default.Equals(first, _type)),
        _ => false,
    };

    // new StreamReader(path) opens a file; new StreamReader(stream) reads what it is given.
    private static bool OpensPath(ISymbol member) =>
        member is IMethodSymbol { MethodKind: MethodKind.Constructor } && FirstParameterType(member)?.SpecialType == SpecialType.System_String;

    private static ITypeSymbol? FirstParameterType(ISymbol member) =>
        member is IMethodSymbol { Parameters.Length: > 0 } method ? method.Parameters[0].Type : null;

    private sealed class Rule(INamedTypeSymbol? declaringType, PolicyReason reason, System.Func<ISymbol, bool> applies)
    {
        public PolicyReason Reason { get; } = reason;

        public bool Matches(ISymbol member) =>
            declaringType is not null && SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, declaringType) && applies(member);
    }
}
