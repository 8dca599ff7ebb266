using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// A dictionary's entries scanned for one key: a LINQ search whose predicate tests the entry's
/// key against a value that does not depend on the entry (<c>d.First(kv =&gt; kv.Key == k)</c>),
/// or a foreach over the entries whose whole body is an <c>if</c> on such a test. A predicate on
/// the values (<c>kv.Value &gt; 3</c>) or a loop that does other work per entry is not a key lookup.
/// </summary>
internal static class DictionaryKeyScans
{
    private static readonly ImmutableHashSet<string> Searches =
        ["Where", "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault", "Any", "Count"];

    /// <summary>The dictionary that <paramref name="call"/> scans for one key, if it is such a LINQ search.</summary>
    public static IOperation? ScannedByQuery(IInvocationOperation call, KnownTypes known)
    {
        if (!KnownTypes.Is(call.TargetMethod.ContainingType, known.Enumerable) || !Searches.Contains(call.TargetMethod.Name) ||
            call.Arguments.Length != 2 ||
            call.Arguments[1].Value.WithoutConversions() is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol.Parameters.Length: 1 } predicate })
        {
            return null;
        }

        var dictionary = call.Arguments[0].Value.WithoutConversions()!;
        var entry = predicate.Symbol.Parameters[0];
        var scansKey = KeyType(dictionary.Type, known) is { } keyType &&
                       predicate.Body.Operations.Length == 1 && predicate.Body.Operations[0] is IReturnOperation { ReturnedValue: { } test } &&
                       TestsKey(test, keyType,
                           e => e is IPropertyReferenceOperation property && IsKeyOf(property, known) && property.Instance is { } instance && IsParameter(instance, entry),
                           o => o.DescendantsAndSelf().Any(d => IsParameter(d, entry)));
        return scansKey ? dictionary : null;
    }

    /// <summary>The key test of a foreach over a dictionary whose body does nothing but test one key.</summary>
    public static IOperation? KeyTestOfLoop(IForEachLoopOperation loop, KnownTypes known)
    {
        if (KeyType(loop.Collection.WithoutConversions()!.Type, known) is not { } keyType)
        {
            return null;
        }

        var body = loop.Body is IBlockOperation { Operations.Length: 1 } block ? block.Operations[0] : loop.Body;
        if (body is not IConditionalOperation { WhenFalse: null, Condition: var condition })
        {
            return null;
        }

        var locals = loop.Locals;
        bool DependsOnEntry(IOperation o) => o.DescendantsAndSelf().Any(d => d is ILocalReferenceOperation l && locals.Contains(l.Local, SymbolEqualityComparer.Default));

        Func<IOperation, bool>? isKey = loop.LoopControlVariable switch
        {
            IVariableDeclaratorOperation entry => e => e is IPropertyReferenceOperation property && IsKeyOf(property, known) &&
                                                       property.Instance is ILocalReferenceOperation local &&
                                                       SymbolEqualityComparer.Default.Equals(local.Local, entry.Symbol),
            _ => DeconstructedKey(loop.LoopControlVariable) is { } key
                ? e => e is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, key)
                : null,
        };

        return isKey is not null && TestsKey(condition, keyType, isKey, DependsOnEntry) ? condition : null;
    }

    /// <summary>The key type of a dictionary type (one that implements IDictionary or IReadOnlyDictionary).</summary>
    private static ITypeSymbol? KeyType(ITypeSymbol? type, KnownTypes known) =>
        type is INamedTypeSymbol named
            ? new[] { named }.Concat(named.AllInterfaces)
                .FirstOrDefault(t => KnownTypes.Is(t, known.IDictionary) || KnownTypes.Is(t, known.IReadOnlyDictionary))?.TypeArguments[0]
            : null;

    private static bool TestsKey(IOperation test, ITypeSymbol keyType, Func<IOperation, bool> isKey, Func<IOperation, bool> dependsOnEntry)
    {
        bool IsLookup(IOperation key, IOperation value) =>
            isKey(key.WithoutConversions()!) && !dependsOnEntry(value) &&
            SymbolEqualityComparer.Default.Equals(value.WithoutConversions()!.Type?.WithNullableAnnotation(NullableAnnotation.NotAnnotated),
                keyType.WithNullableAnnotation(NullableAnnotation.NotAnnotated));

        return test.WithoutConversions() switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals =>
                IsLookup(equals.LeftOperand, equals.RightOperand) || IsLookup(equals.RightOperand, equals.LeftOperand),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and =>
                TestsKey(and.LeftOperand, keyType, isKey, dependsOnEntry) || TestsKey(and.RightOperand, keyType, isKey, dependsOnEntry),
            IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments.Length: 1 } equals =>
                IsLookup(instance, equals.Arguments[0].Value),
            IInvocationOperation { TargetMethod.Name: "Equals", Instance: null, Arguments.Length: 2 } equals =>
                IsLookup(equals.Arguments[0].Value, equals.Arguments[1].Value) || IsLookup(equals.Arguments[1].Value, equals.Arguments[0].Value),
            _ => false,
        };
    }

    private static bool IsKeyOf(IPropertyReferenceOperation property, KnownTypes known) =>
        property.Property.Name == "Key" && KnownTypes.Is(property.Property.ContainingType, known.KeyValuePair);

    private static bool IsParameter(IOperation operation, IParameterSymbol parameter) =>
        operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter);

    // foreach (var (key, value) in d) or foreach ((var key, var value) in d): the first element.
    private static ILocalSymbol? DeconstructedKey(IOperation? control)
    {
        var tuple = control is IDeclarationExpressionOperation declaration ? declaration.Expression : control;
        var first = (tuple as ITupleOperation)?.Elements.FirstOrDefault();
        var key = first is IDeclarationExpressionOperation element ? element.Expression : first;
        return (key as ILocalReferenceOperation)?.Local;
    }
}
