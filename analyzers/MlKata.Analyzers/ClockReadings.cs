using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK012's reading of values: whether a value is a reading of the wall clock
/// (<c>DateTime.Now</c>, <c>DateTime.UtcNow</c>, <c>DateTimeOffset.Now</c>, <c>DateTimeOffset.UtcNow</c>),
/// possibly shifted (<c>+ ttl</c>, <c>AddSeconds</c>) or re-expressed (<c>Ticks</c>,
/// <c>ToUnixTimeMilliseconds()</c>), or comes from a place (<see cref="ClockSlot"/>) that may hold
/// one. Calendar parts and arithmetic (<c>.Date</c>, <c>.Year</c>, <c>AddDays</c>, <c>AddMonths</c>,
/// <c>+ TimeSpan.FromDays(n)</c>) are dates, business rules rather than timing, and end the trail.
/// </summary>
internal sealed class ClockReadings
{
    private static readonly string[] ShiftMethods =
        ["Add", "AddTicks", "AddMilliseconds", "AddMicroseconds", "AddSeconds", "AddMinutes", "AddHours", "Subtract", "ToUniversalTime", "ToLocalTime", "ToOffset",
         "ToUnixTimeMilliseconds", "ToUnixTimeSeconds", "GetValueOrDefault"];

    private static readonly string[] ReExpressions = ["Ticks", "UtcTicks", "UtcDateTime", "LocalDateTime", "DateTime", "Value"];

    private static readonly string[] ElementReads =
        ["Peek", "Dequeue", "Pop", "First", "FirstOrDefault", "Last", "LastOrDefault", "Min", "Max", "ElementAt", "ElementAtOrDefault", "Single"];

    private readonly INamedTypeSymbol? _dateTimeOffset;
    private readonly INamedTypeSymbol? _timeSpan;

    private ClockReadings(Compilation compilation)
    {
        _dateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
        _timeSpan = compilation.GetTypeByMetadataName("System.TimeSpan");
    }

    public static ClockReadings From(Compilation compilation) => new(compilation);

    /// <summary>Whether <paramref name="type"/> holds an instant: <c>DateTime</c> or <c>DateTimeOffset</c>, or a nullable one.</summary>
    public bool IsInstant(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type?.SpecialType == SpecialType.System_DateTime || KnownTypes.Is(type, _dateTimeOffset);
    }

    /// <summary>Where <paramref name="value"/> comes from, as far as clock readings go.</summary>
    public ClockOrigin Origin(IOperation? value)
    {
        switch (value)
        {
            case null:
                return ClockOrigin.None;
            case IConversionOperation conversion:
                return Origin(conversion.Operand);
            case IParenthesizedOperation parenthesized:
                return Origin(parenthesized.Operand);
            case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Now" or "UtcNow" } clock } when IsInstant(clock.ContainingType):
                return ClockOrigin.Reading;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } shift when IsInstant(shift.Type):
                // An instant plus or minus a TimeSpan is the instant, shifted; by whole days it is a date.
                return IsDays(shift.LeftOperand) || IsDays(shift.RightOperand) ? ClockOrigin.None :
                    KnownTypes.Is(shift.RightOperand.Type, _timeSpan) ? Origin(shift.LeftOperand) :
                    KnownTypes.Is(shift.LeftOperand.Type, _timeSpan) ? Origin(shift.RightOperand) : ClockOrigin.None;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } numeric when IsNumber(numeric.Type):
                return NumericShift(numeric);
            case IInvocationOperation { Instance: { } instant } call when IsInstant(instant.Type) && ShiftMethods.Contains(call.TargetMethod.Name) && !IsInterval(call):
                return Origin(instant);
            case IPropertyReferenceOperation { Instance: { } instant } property when IsInstant(instant.Type) && ReExpressions.Contains(property.Property.Name):
                return Origin(instant);
            case IFieldReferenceOperation { Field.ContainingType.IsTupleType: true, Instance: { } tuple } element when IsInstant(element.Type) || IsNumber(element.Type):
                return Origin(tuple);
            case IInvocationOperation call when ElementReads.Contains(call.TargetMethod.Name) && ClockSlot.OfElements(call.Instance ?? call.Arguments.FirstOrDefault()?.Value) is { } collection:
                return ClockOrigin.From(collection);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: var collection } when ClockSlot.OfElements(collection) is { } elements:
                return ClockOrigin.From(elements);
            case IArrayElementReferenceOperation array when ClockSlot.OfElements(array.ArrayReference) is { } elements:
                return ClockOrigin.From(elements);
            default:
                return ClockSlot.Of(value) is { } slot ? ClockOrigin.From(slot) : ClockOrigin.None;
        }
    }

    /// <summary>
    /// Whether an interval is counted in days (<c>(now - then).TotalDays</c>, or compared with
    /// <c>TimeSpan.FromDays(n)</c>): an age or a retention period, a rule about dates.
    /// </summary>
    public bool IsMeasuredInDays(IOperation interval)
    {
        var value = interval;
        while (value.Parent is IParenthesizedOperation or IConversionOperation)
        {
            value = value.Parent;
        }

        return value.Parent switch
        {
            IPropertyReferenceOperation { Property.Name: "TotalDays" or "Days" } => true,
            IBinaryOperation comparison => IsDays(comparison.LeftOperand == value ? comparison.RightOperand : comparison.LeftOperand),
            _ => false,
        };
    }

    private bool IsDays(IOperation operand) =>
        operand.WithoutConversions() is IInvocationOperation { TargetMethod.Name: "FromDays" } days && KnownTypes.Is(days.TargetMethod.ContainingType, _timeSpan);

    // Now.Ticks + ttlTicks is a reading moved on; now.Ticks - last.Ticks is an interval, not a reading.
    private ClockOrigin NumericShift(IBinaryOperation shift)
    {
        var left = Origin(shift.LeftOperand);
        var right = Origin(shift.RightOperand);
        if (shift.OperatorKind == BinaryOperatorKind.Subtract)
        {
            return right.IsNone ? left : ClockOrigin.None;
        }

        return left.IsNone ? right : left;
    }

    // DateTime.Subtract(DateTime) is an interval (a TimeSpan); Subtract(TimeSpan) is a shift.
    private bool IsInterval(IInvocationOperation call) => KnownTypes.Is(call.Type, _timeSpan);

    /// <summary>Whether <paramref name="type"/> can hold a reading as a number: ticks and Unix times are <c>long</c>.</summary>
    public static bool IsNumber(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Int64;
}

/// <summary>Where a value may come from: a clock reading itself, a place that may hold one, or neither.</summary>
internal readonly struct ClockOrigin
{
    private ClockOrigin(bool isReading, ClockSlot? slot)
    {
        IsReading = isReading;
        Slot = slot;
    }

    public static ClockOrigin None => default;

    public static ClockOrigin Reading => new(true, null);

    /// <summary>The value is a clock reading, taken here.</summary>
    public bool IsReading { get; }

    /// <summary>The place the value is read from, whose content is known only once the whole type is seen.</summary>
    public ClockSlot? Slot { get; }

    public bool IsNone => !IsReading && Slot is null;

    public static ClockOrigin From(ClockSlot slot) => new(false, slot);
}

/// <summary>A place a value is kept: a local, parameter, field or property, or the elements of a collection held in one.</summary>
internal sealed class ClockSlot : IEquatable<ClockSlot>
{
    private ClockSlot(ISymbol symbol, bool elements)
    {
        Symbol = symbol.OriginalDefinition;
        Elements = elements;
    }

    public ISymbol Symbol { get; }

    /// <summary>Whether the place is the elements of the collection <see cref="Symbol"/> holds, not the symbol's own value.</summary>
    public bool Elements { get; }

    /// <summary>The place <paramref name="operation"/> reads or writes: a local, parameter, field or property.</summary>
    public static ClockSlot? Of(IOperation? operation) => operation switch
    {
        ILocalReferenceOperation local => new ClockSlot(local.Local, elements: false),
        IParameterReferenceOperation parameter => new ClockSlot(parameter.Parameter, elements: false),
        IFieldReferenceOperation field => new ClockSlot(field.Field, elements: false),
        IPropertyReferenceOperation { Arguments.IsEmpty: true } property => new ClockSlot(property.Property, elements: false),
        IDeclarationExpressionOperation { Expression: var declared } => Of(declared),
        IConversionOperation { IsImplicit: true } conversion => Of(conversion.Operand),
        _ => null,
    };

    /// <summary>The elements of the collection <paramref name="collection"/> reads.</summary>
    public static ClockSlot? OfElements(IOperation? collection) =>
        Of(collection.WithoutConversions()) is { } holder ? new ClockSlot(holder.Symbol, elements: true) : null;

    /// <summary>The place for <paramref name="symbol"/>'s own value.</summary>
    public static ClockSlot For(ISymbol symbol) => new(symbol, elements: false);

    public bool Equals(ClockSlot? other) =>
        other is not null && Elements == other.Elements && SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol);

    public override bool Equals(object? obj) => Equals(obj as ClockSlot);

    public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(Symbol) * 2 + (Elements ? 1 : 0);
}
