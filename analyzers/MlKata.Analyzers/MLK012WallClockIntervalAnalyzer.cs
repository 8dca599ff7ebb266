using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK012: an interval measured between two readings of the wall clock: a subtraction of two
/// instants, or a comparison of two, where both sides are readings this type took
/// (<c>DateTime.UtcNow - _lastRefill</c>, <c>DateTime.UtcNow &gt; entry.ExpiresAt</c> with
/// <c>ExpiresAt = DateTime.UtcNow + ttl</c>). The places readings are kept in (locals, fields,
/// properties, parameters, collections, a constructor's same-named member) are followed across
/// the type. An instant from anywhere else — data, a file's time, a TimeProvider, an entity the
/// type stamps but does not keep — is a date, not a reading, and so is anything counted in days:
/// comparing with it, logging or formatting the clock stay silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK012WallClockIntervalAnalyzer : MlkAnalyzer
{
    private static readonly string[] Appends = ["Add", "Enqueue", "Push", "AddLast", "AddFirst", "Insert", "TryAdd", "AddOrUpdate", "GetOrAdd", "Set"];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.WallClockInterval];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var readings = ClockReadings.From(start.Compilation);
            start.RegisterSymbolStartAction(type => AnalyzeType(type, readings), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolStartAnalysisContext type, ClockReadings readings)
    {
        var stores = new ConcurrentBag<(ClockSlot Target, ClockOrigin Value)>();
        var intervals = new ConcurrentBag<(IOperation Interval, ClockOrigin Left, ClockOrigin Right)>();

        void Store(ClockSlot? target, IOperation? value)
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

            var origin = readings.Origin(value);
            if (target is not null && !origin.IsNone)
            {
                stores.Add((target, origin));
            }
        }

        void Interval(IOperation interval, IOperation left, IOperation right)
        {
            var (from, to) = (readings.Origin(left), readings.Origin(right));
            if (!from.IsNone && !to.IsNone && !readings.IsMeasuredInDays(interval))
            {
                intervals.Add((interval, from, to));
            }
        }

        type.RegisterOperationAction(context =>
        {
            if (!SymbolEqualityComparer.Default.Equals(context.ContainingSymbol.ContainingType, type.Symbol))
            {
                return;
            }

            switch (context.Operation)
            {
                case ISimpleAssignmentOperation assignment:
                    Store(Target(assignment.Target), assignment.Value);
                    break;
                case IVariableDeclaratorOperation { Initializer.Value: var initial } declarator:
                    Store(ClockSlot.For(declarator.Symbol), initial);
                    break;
                case IDeconstructionAssignmentOperation { Target: ITupleOperation targets } deconstruction:
                    foreach (var target in targets.Elements.Where(t => readings.IsInstant(t.Type)))
                    {
                        Store(ClockSlot.Of(target), deconstruction.Value);
                    }

                    break;
                case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation variable } loop when ClockSlot.OfElements(loop.Collection) is { } elements:
                    stores.Add((ClockSlot.For(variable.Symbol), ClockOrigin.From(elements)));
                    break;
                case IArgumentOperation argument:
                    StoreArgument(argument);
                    break;
                case IInvocationOperation { TargetMethod.Name: "Subtract", Instance: { } instant, Arguments.Length: 1 } subtract
                    when readings.IsInstant(instant.Type) && readings.IsInstant(subtract.Arguments[0].Value.Type):
                    Interval(subtract, instant, subtract.Arguments[0].Value);
                    break;
                case IInvocationOperation call:
                    StoreCallResults(call);
                    break;
                case IBinaryOperation binary when IsInterval(binary):
                    Interval(binary, binary.LeftOperand, binary.RightOperand);
                    break;
            }
        }, OperationKind.SimpleAssignment, OperationKind.VariableDeclarator, OperationKind.DeconstructionAssignment, OperationKind.Loop,
            OperationKind.Argument, OperationKind.Invocation, OperationKind.Binary);

        // An argument is stored in its parameter and, for a constructor, in the member of the same
        // name (record Entry(T Value, DateTime ExpiresAt), or this.expiresAt = expiresAt).
        void StoreArgument(IArgumentOperation argument)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue || !parameter.Locations.Any(l => l.IsInSource))
            {
                return;
            }

            Store(ClockSlot.For(parameter), argument.Value);
            if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } created })
            {
                foreach (var member in created.GetMembers().Where(m => m is IFieldSymbol or IPropertySymbol && string.Equals(m.Name.TrimStart('_'), parameter.Name, System.StringComparison.OrdinalIgnoreCase)))
                {
                    Store(ClockSlot.For(member), argument.Value);
                }
            }
        }

        // Appending a reading to a collection stores it in the collection's elements; an out
        // argument of TryGetValue or TryDequeue, and a lambda's parameter over the collection, read them.
        void StoreCallResults(IInvocationOperation call)
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
                    stores.Add((read, ClockOrigin.From(elements)));
                }
                else if (argument.Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } && lambda.Symbol.Parameters.FirstOrDefault() is { } element)
                {
                    stores.Add((ClockSlot.For(element), ClockOrigin.From(elements)));
                }
            }
        }

        ClockSlot? Target(IOperation target) => target switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: var collection } => ClockSlot.OfElements(collection),
            IArrayElementReferenceOperation array => ClockSlot.OfElements(array.ArrayReference),
            IFieldReferenceOperation { Field.ContainingType.IsTupleType: true, Instance: var tuple } => ClockSlot.Of(tuple),
            _ => ClockSlot.Of(target),
        };

        bool IsInterval(IBinaryOperation binary) => binary.OperatorKind switch
        {
            BinaryOperatorKind.Subtract => readings.IsInstant(binary.LeftOperand.Type) && readings.IsInstant(binary.RightOperand.Type) ||
                                           IsTickCount(binary.LeftOperand) && IsTickCount(binary.RightOperand),
            BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual =>
                readings.IsInstant(binary.LeftOperand.WithoutConversions()?.Type) || IsTickCount(binary.LeftOperand) && IsTickCount(binary.RightOperand),
            _ => false,
        };

        bool IsTickCount(IOperation operand) => ClockReadings.IsNumber(operand.WithoutConversions()?.Type);

        type.RegisterSymbolEndAction(context =>
        {
            var holding = HoldingReadings(stores);
            var state = new StateOf((INamedTypeSymbol)type.Symbol);
            foreach (var (interval, left, right) in intervals.OrderBy(i => i.Interval.Syntax.SpanStart))
            {
                if (IsReading(left, holding, state) && IsReading(right, holding, state))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rules.WallClockInterval, interval.Syntax.GetLocation(), interval.Syntax.ToString()));
                }
            }
        });
    }

    /// <summary>The places that hold a clock reading: stored one directly, or copied from a place that does.</summary>
    private static HashSet<ClockSlot> HoldingReadings(IEnumerable<(ClockSlot Target, ClockOrigin Value)> stores)
    {
        var all = stores.ToList();
        var holding = new HashSet<ClockSlot>(all.Where(s => s.Value.IsReading).Select(s => s.Target));
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (target, value) in all)
            {
                if (value.Slot is { } source && holding.Contains(source) && holding.Add(target))
                {
                    grew = true;
                }
            }
        }

        return holding;
    }

    private static bool IsReading(ClockOrigin origin, HashSet<ClockSlot> holding, StateOf state) =>
        origin.IsReading || (origin.Slot is { } slot && holding.Contains(slot) && state.Includes(slot.Symbol));

    /// <summary>
    /// What counts as the analysed type's own state: its locals, parameters and members, and the
    /// members of the types it keeps in its fields and properties, directly or as elements
    /// (<c>Dictionary&lt;string, Entry&gt;</c>). A reading stamped on any other object (an entity
    /// saved to a database, a request) is that object's data: its age is a question about a date,
    /// often across processes, where no monotonic clock can help.
    /// </summary>
    private sealed class StateOf
    {
        private readonly INamedTypeSymbol _type;
        private readonly HashSet<ITypeSymbol> _kept = new(SymbolEqualityComparer.Default);

        public StateOf(INamedTypeSymbol type)
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
