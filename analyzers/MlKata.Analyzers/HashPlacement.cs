using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK006's judgement of where a hash goes: the uses whose value another process must compute
/// the same way. A hash that picks a shard, a node or a variant by <c>%</c>; a position on a hash
/// ring (a sorted collection keyed by it, or a binary search for it); a hash that leaves the
/// process through a file, a stream or a file name; a hash returned by a method named as a
/// placement. What a hash does inside an in-memory structure (a hash table's buckets, a Bloom
/// filter's bits, lock stripes, in-memory shards) lives and dies with the process and is fine.
/// </summary>
internal sealed class HashPlacement
{
    // Names that say a value decides where something goes, or which arm of an experiment it is in.
    private static readonly ImmutableHashSet<string> DecisionWords = ImmutableHashSet.Create(
        "variant", "treatment", "experiment", "cohort", "rollout", "canary", "shard", "partition", "placement",
        "route", "routing", "router", "ring", "assign", "assignment");

    // Names of what a hash places onto; as the name of a method or type they are too common to count.
    private static readonly ImmutableHashSet<string> TargetWords = DecisionWords.Union(["node", "server", "host", "replica", "backend", "endpoint"]);

    // Names of types whose hashing lives and dies in the process: hash tables, caches, sketches, lock stripes.
    private static readonly ImmutableHashSet<string> InMemoryTypeWords = ImmutableHashSet.Create(
        "dictionary", "map", "table", "set", "cache", "bloom", "cuckoo", "sketch", "hyper", "lock", "stripe", "striped", "pool", "comparer");

    private readonly KnownTypes _known;
    private readonly INamedTypeSymbol? _math;
    private readonly ImmutableArray<INamedTypeSymbol> _sortedCollections;
    private readonly ImmutableArray<INamedTypeSymbol> _inMemoryInterfaces;
    private readonly ImmutableArray<INamedTypeSymbol> _fileSystem;
    private readonly ImmutableArray<INamedTypeSymbol> _writers;
    private readonly INamedTypeSymbol? _memoryStream;

    private HashPlacement(Compilation compilation)
    {
        _known = KnownTypes.From(compilation);
        _math = compilation.GetTypeByMetadataName("System.Math");
        _sortedCollections = Resolve(compilation,
            "System.Collections.Generic.SortedDictionary`2", "System.Collections.Generic.SortedList`2", "System.Collections.Generic.SortedSet`1",
            "System.Collections.Immutable.ImmutableSortedDictionary`2", "System.Collections.Immutable.ImmutableSortedSet`1");
        _inMemoryInterfaces = Resolve(compilation,
            "System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.ISet`1",
            "System.Collections.Generic.IReadOnlySet`1", "System.Collections.Generic.IEqualityComparer`1", "System.Collections.IEqualityComparer",
            "System.Collections.IDictionary");
        _fileSystem = Resolve(compilation, "System.IO.File", "System.IO.Directory", "System.IO.Path", "System.IO.FileInfo", "System.IO.DirectoryInfo");
        _writers = Resolve(compilation, "System.IO.Stream", "System.IO.BinaryWriter", "System.IO.StreamWriter");
        _memoryStream = compilation.GetTypeByMetadataName("System.IO.MemoryStream");
    }

    public static HashPlacement From(Compilation compilation) => new(compilation);

    /// <summary>
    /// Whether <paramref name="type"/> (or a type it is nested in) is itself an in-memory hashed
    /// structure: a dictionary, set or comparer by its interfaces, or a hash table, cache, Bloom
    /// filter, sketch or lock stripe by its name. Its hashing is for this process only.
    /// </summary>
    public bool IsInMemoryStructure(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (IdentifierWords.FirstOf(current.Name, InMemoryTypeWords) is not null ||
                current.AllInterfaces.Any(i => _inMemoryInterfaces.Any(known => KnownTypes.Is(i, known))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="member"/> computes a hash for hashing itself: a GetHashCode or Equals, overridden or implementing a comparer.</summary>
    public static bool IsHashingMember(ISymbol member) =>
        member is IMethodSymbol { Name: var name } && (name.EndsWith("GetHashCode", StringComparison.Ordinal) || name.EndsWith("Equals", StringComparison.Ordinal));

    /// <summary>Where <paramref name="hash"/> goes in its function.</summary>
    public ValueFlow Follow(IOperation hash) => ValueFlow.From(hash, Reshapes);

    /// <summary>Whether <paramref name="use"/> returns the hash from the member it is in (not from a lambda or local function in it).</summary>
    public static bool IsReturnedFromMember(ValueUse use) =>
        use.Consumer is IReturnOperation ret && !ret.Ancestors().Any(a => a is IAnonymousFunctionOperation or ILocalFunctionOperation);

    /// <summary>
    /// How <paramref name="use"/> of a hash computed from <paramref name="hashed"/> in
    /// <paramref name="member"/> must agree across processes, in words for the message; null
    /// when it need not. In a type that <see cref="IsInMemoryStructure"/>, placing by <c>%</c>,
    /// a binary search and returning the hash are the structure's own business (a sorted table
    /// of hashes is a lookup index); a sorted collection keyed by the hash or a file is not.
    /// </summary>
    public string? Placement(ValueUse use, ISymbol member, IEnumerable<string> hashed, bool inMemoryStructure)
    {
        switch (use.Consumer)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder } modulo when modulo.LeftOperand == use.Value:
                return inMemoryStructure ? null : ByModulo(modulo, modulo.RightOperand, member, hashed);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.And } mask when Other(mask, use.Value) is { ConstantValue.HasValue: false } divisor:
                return inMemoryStructure ? null : ByModulo(mask, divisor, member, hashed);
            case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "BinarySearch" } }:
                return inMemoryStructure ? null : "it is looked up by binary search, as a position on a hash ring";
            case IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation { Instance: { } ring } } when IsSorted(ring.Type):
                return OnRing(ring);
            case IArgumentOperation { Parameter.Ordinal: 0, Parent: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } ring } } when IsSorted(ring.Type):
                return OnRing(ring);
            case IArgumentOperation { Parent: IInvocationOperation call } when LeavesTheProcess(call.Instance?.Type ?? call.TargetMethod.ContainingType):
                return $"it leaves the process through {(call.Instance?.Type ?? call.TargetMethod.ContainingType).Name}.{call.TargetMethod.Name}";
            case IArgumentOperation { Parent: IObjectCreationOperation { Type: { } created } } when LeavesTheProcess(created):
                return $"it leaves the process through new {created.Name}(…)";
            case IReturnOperation when !inMemoryStructure && IsReturnedFromMember(use) && IdentifierWords.FirstOf(MemberName(member), DecisionWords) is not null:
                return $"'{MemberName(member)}' returns it as a placement";
            default:
                return null;
        }
    }

    private static string OnRing(IOperation ring) => $"it is a position on the hash ring '{NameOf(ring) ?? ring.Type!.Name}'";

    /// <summary>
    /// A <c>%</c> (or a mask) of the hash places across processes when what it picks is named as
    /// a placement. In order: an index into a collection of in-memory state (dictionaries, locks,
    /// objects holding them) is an in-memory shard or stripe, so silent; then the names the result
    /// meets (locals, what it indexes, is compared with or assigned to, the divisor) decide; an
    /// index into any other collection is a table's own slot, so silent; last, the names of the
    /// method, the type and the hashed values decide.
    /// </summary>
    private string? ByModulo(IOperation modulo, IOperation divisor, ISymbol member, IEnumerable<string> hashed)
    {
        var flow = ValueFlow.From(modulo, (parent, value) =>
            Reshapes(parent, value) || parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder } outer && outer.LeftOperand == value);
        var indexed = flow.Uses.Select(Indexed).Where(i => i.Collection is not null).ToList();
        if (indexed.Any(i => HoldsStateInProcess(i.Element)))
        {
            return null;
        }

        var met = flow.Locals.Select(l => l.Name)
            .Concat(indexed.Select(i => NameOf(i.Collection)))
            .Concat(flow.Uses.SelectMany(MetNames))
            .Append(NameOf(divisor));
        if (met.FirstOrDefault(n => n is not null && IdentifierWords.FirstOf(n, TargetWords) is not null) is { } placed)
        {
            return $"it places by % ('{placed}')";
        }

        if (indexed.Count > 0)
        {
            return null;
        }

        var context = hashed.Append(MemberName(member)).Concat(TypeNames(member.ContainingType));
        return context.FirstOrDefault(n => IdentifierWords.FirstOf(n, DecisionWords) is not null) is { } named
            ? $"it places by %, for '{named}'"
            : null;
    }

    /// <summary>The names a use gives the value: what it is compared with or assigned to, the parameter and the method it is passed to.</summary>
    private static IEnumerable<string?> MetNames(ValueUse use) => use.Consumer switch
    {
        IBinaryOperation binary when IsComparison(binary.OperatorKind) => [NameOf(Other(binary, use.Value))],
        ISimpleAssignmentOperation assignment when assignment.Value == use.Value => [NameOf(assignment.Target)],
        IArgumentOperation { Parent: IInvocationOperation call, Parameter: { } parameter } => [parameter.Name, call.TargetMethod.Name],
        _ => [],
    };

    private static (IOperation? Collection, ITypeSymbol? Element) Indexed(ValueUse use) => use.Consumer switch
    {
        IArrayElementReferenceOperation array when array.Indices.Contains(use.Value) => (array.ArrayReference, array.Type),
        IArgumentOperation { Parent: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } => (indexer.Instance, indexer.Type),
        IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "ElementAt" or "ElementAtOrDefault" } call } =>
            (call.Instance ?? call.Arguments.FirstOrDefault()?.Value, call.Type),
        _ => (null, null),
    };

    /// <summary>Whether the parent passes the hash on, reshaped: a conversion is handled by <see cref="ValueFlow"/>; here sign, mixing, masks, Math.Abs and text.</summary>
    private bool Reshapes(IOperation parent, IOperation value) => parent switch
    {
        IUnaryOperation => true,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.And } mask => Other(mask, value).ConstantValue.HasValue,
        IBinaryOperation binary => binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or
            BinaryOperatorKind.ExclusiveOr or BinaryOperatorKind.Or or BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift or
            BinaryOperatorKind.UnsignedRightShift,
        IInvocationOperation call => (call.Instance == value && call.TargetMethod.Name == "ToString") ||
                                     (KnownTypes.Is(call.TargetMethod.ContainingType, _math) && call.TargetMethod.Name == "Abs"),
        IInterpolationOperation or IInterpolatedStringOperation => true,
        _ => false,
    };

    /// <summary>
    /// Whether a collection's elements are state of this process: objects, collections, locks, or
    /// a type of this code that holds one of those. Indexing them by hash is an in-memory shard or
    /// stripe, whatever it is called.
    /// </summary>
    private bool HoldsStateInProcess(ITypeSymbol? element) =>
        IsState(element) ||
        element is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && named.Locations.Any(l => l.IsInSource) &&
        named.GetMembers().OfType<IFieldSymbol>().Any(f => !f.IsStatic && IsState(f.Type));

    private bool IsState(ITypeSymbol? type) => type switch
    {
        null or { SpecialType: SpecialType.System_String } => false,
        { SpecialType: SpecialType.System_Object } or IArrayTypeSymbol => true,
        _ => _known.IsSynchronisationType(type) || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable),
    };

    private bool IsSorted(ITypeSymbol? type) => _sortedCollections.Any(sorted => KnownTypes.Is(type, sorted));

    private bool LeavesTheProcess(ITypeSymbol type)
    {
        if (_fileSystem.Any(known => KnownTypes.Is(type, known)))
        {
            return true;
        }

        if (KnownTypes.Is(type, _memoryStream))
        {
            return false; // bytes in memory go nowhere by themselves
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (_writers.Any(known => KnownTypes.Is(current, known)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name of what an operation reads: a field, local, parameter or property; for <c>x.Length</c>, <c>x.Count</c> or <c>x.Count()</c>, the collection <c>x</c>.</summary>
    private static string? NameOf(IOperation? operation) => operation.WithoutConversions() switch
    {
        IPropertyReferenceOperation { Property.Name: "Length" or "Count" or "LongLength", Instance: var collection } => NameOf(collection),
        IInvocationOperation { TargetMethod.Name: "Count" or "LongCount" } count => NameOf(count.Instance ?? count.Arguments.FirstOrDefault()?.Value),
        var other => other.ReferencedSymbol()?.Name,
    };

    /// <summary>A member's name as written: a property for its accessors, the type for a constructor.</summary>
    public static string MemberName(ISymbol member) => member switch
    {
        IMethodSymbol { AssociatedSymbol: { } property } => property.Name,
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor => constructor.ContainingType.Name,
        _ => member.Name,
    };

    private static IEnumerable<string> TypeNames(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            yield return current.Name;
        }
    }

    private static IOperation Other(IBinaryOperation binary, IOperation value) => binary.LeftOperand == value ? binary.RightOperand : binary.LeftOperand;

    private static bool IsComparison(BinaryOperatorKind kind) => kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or
        BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals;

    private static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, params string[] metadataNames) =>
        metadataNames.Select(compilation.GetTypeByMetadataName).Where(t => t is not null).Select(t => t!).ToImmutableArray();
}
