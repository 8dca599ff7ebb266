using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK012's record of one type: where it keeps values that may be clock readings, and the
/// intervals it measures (subtractions and orderings of two instants). Gathered operation by
/// operation, concurrently; judged once the whole type is seen, because a reading stored in one
/// method is compared in another.
/// </summary>
internal sealed class ClockTrail
{
    /// <summary>The operations <see cref="Observe"/> reads.</summary>
    public static readonly ImmutableArray<OperationKind> ObservedKinds =
    [
        OperationKind.SimpleAssignment, OperationKind.VariableDeclarator, OperationKind.DeconstructionAssignment, OperationKind.Loop,
        OperationKind.Argument, OperationKind.Invocation, OperationKind.Binary,
    ];

    // Calls that put their arguments into the collection they are called on.
    private static readonly string[] Appends = ["Add", "Enqueue", "Push", "AddLast", "AddFirst", "Insert", "TryAdd", "AddOrUpdate", "GetOrAdd", "Set"];

    private readonly INamedTypeSymbol _type;
    private readonly ClockReadings _readings;
    private readonly ConcurrentBag<(ClockSlot Target, ClockOrigin Value)> _stores = [];
    private readonly ConcurrentBag<(IOperation Interval, ClockOrigin Left, ClockOrigin Right)> _intervals = [];

    public ClockTrail(INamedTypeSymbol type, ClockReadings readings)
    {
        _type = type;
        _readings = readings;
    }

    /// <summary>Notes what <paramref name="operation"/> stores, or the interval it measures.</summary>
    public void Observe(IOperation operation)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation assignment:
                Store(Target(assignment.Target), assignment.Value);
                break;
            case IVariableDeclaratorOperation { Initializer.Value: var initial } declarator:
                Store(ClockSlot.For(declarator.Symbol), initial);
                break;
            case IDeconstructionAssignmentOperation { Target: ITupleOperation targets } deconstruction:
                foreach (var target in targets.Elements.Where(t => _readings.IsInstant(t.Type)))
                {
                    Store(ClockSlot.Of(target), deconstruction.Value);
                }

                break;
            case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation variable } loop when ClockSlot.OfElements(loop.Collection) is { } elements:
                _stores.Add((ClockSlot.For(variable.Symbol), ClockOrigin.From(elements)));
                break;
            case IArgumentOperation argument:
                StoreArgument(argument);
                break;
            case IInvocationOperation { TargetMethod.Name: "Subtract", Instance: { } instant, Arguments.Length: 1 } subtract
                when _readings.IsInstant(instant.Type) && _readings.IsInstant(subtract.Arguments[0].Value.Type):
                Interval(subtract, instant, subtract.Arguments[0].Value);
                break;
            case IInvocationOperation call:
                StoreCallResults(call);
                break;
            case IBinaryOperation binary when IsInterval(binary):
                Interval(binary, binary.LeftOperand, binary.RightOperand);
                break;
        }
    }

    /// <summary>The intervals whose two sides are both readings this type took, in source order.</summary>
    public IEnumerable<IOperation> IntervalsBetweenReadings()
    {
        var holding = HoldingReadings();
        var state = new TypeState(_type);
        bool IsReading(ClockOrigin origin) => origin.IsReading || (origin.Slot is { } slot && holding.Contains(slot) && state.Includes(slot.Symbol));

        return _intervals
            .Where(i => IsReading(i.Left) && IsReading(i.Right))
            .Select(i => i.Interval)
            .OrderBy(i => i.Syntax.SpanStart);
    }

    private void Store(ClockSlot? target, IOperation? value)
    {
        // A tuple holds each of its elements: (score, DateTime.UtcNow + ttl) holds a reading.
        if (value.WithoutConversions() is ITupleOperation tuple)
        {
            foreach (var element in tuple.Elements)
            {
                Store(target, element);
            }

            return;
        }

        var origin = _readings.Origin(value);
        if (target is not null && !origin.IsNone)
        {
            _stores.Add((target, origin));
        }
    }

    private void Interval(IOperation interval, IOperation left, IOperation right)
    {
        var (from, to) = (_readings.Origin(left), _readings.Origin(right));
        if (!from.IsNone && !to.IsNone && !_readings.IsMeasuredInDays(interval))
        {
            _intervals.Add((interval, from, to));
        }
    }

    // An argument is stored in its parameter and, for a constructor, in the member of the same
    // name (record Entry(T Value, DateTime ExpiresAt), or _expiresAt = expiresAt).
    private void StoreArgument(IArgumentOperation argument)
    {
        if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue || !parameter.Locations.Any(l => l.IsInSource))
        {
            return;
        }

        Store(ClockSlot.For(parameter), argument.Value);
        if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } created })
        {
            foreach (var member in created.GetMembers().Where(m => m is IFieldSymbol or IPropertySymbol && string.Equals(m.Name.TrimStart('_'), parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                Store(ClockSlot.For(member), argument.Value);
            }
        }
    }

    // Appending a reading to a collection stores it in the collection's elements; an out argument
    // of TryGetValue or TryDequeue, and a lambda's parameter over the collection, read them.
    private void StoreCallResults(IInvocationOperation call)
    {
        var collection = call.Instance ?? (call.TargetMethod.IsExtensionMethod ? call.Arguments.FirstOrDefault()?.Value : null);
        if (collection is null || ClockSlot.OfElements(collection) is not { } elements)
        {
            return;
        }

        foreach (var argument in call.Arguments.Where(a => a.Value != collection))
        {
            if (Appends.Contains(call.TargetMethod.Name))
            {
                Store(elements, argument.Value);
            }
            else if (argument.Parameter?.RefKind == RefKind.Out && ClockSlot.Of(argument.Value) is { } read)
            {
                _stores.Add((read, ClockOrigin.From(elements)));
            }
            else if (argument.Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } && lambda.Symbol.Parameters.FirstOrDefault() is { } element)
            {
                _stores.Add((ClockSlot.For(element), ClockOrigin.From(elements)));
            }
        }
    }

    private static ClockSlot? Target(IOperation target) => target switch
    {
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: var collection } => ClockSlot.OfElements(collection),
        IArrayElementReferenceOperation array => ClockSlot.OfElements(array.ArrayReference),
        IFieldReferenceOperation { Field.ContainingType.IsTupleType: true, Instance: var tuple } => ClockSlot.Of(tuple),
        _ => ClockSlot.Of(target),
    };

    private bool IsInterval(IBinaryOperation binary) => binary.OperatorKind switch
    {
        BinaryOperatorKind.Subtract => (_readings.IsInstant(binary.LeftOperand.Type) && _readings.IsInstant(binary.RightOperand.Type)) ||
                                       (IsTickCount(binary.LeftOperand) && IsTickCount(binary.RightOperand)),
        BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual =>
            _readings.IsInstant(binary.LeftOperand.WithoutConversions()?.Type) || (IsTickCount(binary.LeftOperand) && IsTickCount(binary.RightOperand)),
        _ => false,
    };

    private static bool IsTickCount(IOperation operand) => ClockReadings.IsNumber(operand.WithoutConversions()?.Type);

    /// <summary>The places that hold a clock reading: stored one directly, or copied from a place that does.</summary>
    private HashSet<ClockSlot> HoldingReadings()
    {
        var stores = _stores.ToList();
        var holding = new HashSet<ClockSlot>(stores.Where(s => s.Value.IsReading).Select(s => s.Target));
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (target, value) in stores)
            {
                if (value.Slot is { } source && holding.Contains(source) && holding.Add(target))
                {
                    grew = true;
                }
            }
        }

        return holding;
    }

    /// <summary>
    /// What counts as the analysed type's own state: its locals, parameters and members (with
    /// its base types'), and the members of the types it keeps in its fields and properties,
    /// directly or as elements (<c>Dictionary&lt;string, Entry&gt;</c>). A reading stamped on any
    /// other object (an entity saved to a database, a request) is that object's data: its age is
    /// a question about a date, often across processes, where no monotonic clock can help.
    /// </summary>
    private sealed class TypeState
    {
        private readonly INamedTypeSymbol _type;
        private readonly HashSet<ITypeSymbol> _kept = new(SymbolEqualityComparer.Default);

        public TypeState(INamedTypeSymbol type)
        {
            _type = type;
            foreach (var member in type.GetMembers())
            {
                Keep(member switch { IFieldSymbol field => field.Type, IPropertySymbol property => property.Type, _ => null });
            }
        }

        public bool Includes(ISymbol symbol)
        {
            if (symbol is not (IFieldSymbol or IPropertySymbol) || _kept.Contains(symbol.ContainingType.OriginalDefinition))
            {
                return true;
            }

            for (var current = _type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, symbol.ContainingType.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private void Keep(ITypeSymbol? type)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    Keep(array.ElementType);
                    break;
                case INamedTypeSymbol named when _kept.Add(named.OriginalDefinition):
                    foreach (var argument in named.TypeArguments)
                    {
                        Keep(argument);
                    }

                    break;
            }
        }
    }
}
