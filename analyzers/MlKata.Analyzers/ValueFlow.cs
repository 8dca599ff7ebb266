using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// Where a value goes within its function: up through the operations that only reshape it (a
/// conversion, <c>Math.Abs</c>, a mask), into the locals it is stored in and out of every read of
/// them, to the operations that consume it. What counts as reshaping is the caller's to say.
/// </summary>
internal sealed class ValueFlow
{
    private readonly Func<IOperation, IOperation, bool> _reshapes;
    private readonly HashSet<ILocalSymbol> _locals = new(SymbolEqualityComparer.Default);
    private readonly List<ValueUse> _uses = [];

    private ValueFlow(Func<IOperation, IOperation, bool> reshapes) => _reshapes = reshapes;

    /// <summary>The operations that consume the value, each with the form of the value it receives.</summary>
    public IReadOnlyList<ValueUse> Uses => _uses;

    /// <summary>The locals the value was stored in on the way, in the order they were met.</summary>
    public IReadOnlyCollection<ILocalSymbol> Locals => _locals;

    /// <summary>
    /// Follows <paramref name="value"/>. <paramref name="reshapes"/> is asked, for a parent and
    /// the child the value arrives as, whether the parent passes the value on (its result is the
    /// value, reshaped) rather than consuming it.
    /// </summary>
    public static ValueFlow From(IOperation value, Func<IOperation, IOperation, bool> reshapes)
    {
        var flow = new ValueFlow(reshapes);
        flow.Follow(value);
        return flow;
    }

    private void Follow(IOperation value)
    {
        var parent = value.Parent;
        switch (parent)
        {
            case null:
                return;
            case IConversionOperation or IParenthesizedOperation:
                Follow(parent);
                return;
            case IConditionalOperation conditional when conditional.Condition != value:
                Follow(conditional);
                return;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                FollowLocal(declarator.Symbol, value);
                return;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == value:
                FollowLocal(target.Local, value);
                return;
            case IArgumentOperation { Parent: { } call } when _reshapes(call, value):
                Follow(call);
                return;
            case not IArgumentOperation when _reshapes(parent, value):
                Follow(parent);
                return;
            default:
                _uses.Add(new ValueUse(parent, value));
                return;
        }
    }

    private void FollowLocal(ILocalSymbol local, IOperation value)
    {
        if (!_locals.Add(local))
        {
            return;
        }

        var function = value.Ancestors().Last();
        foreach (var read in function.Descendants().OfType<ILocalReferenceOperation>())
        {
            if (SymbolEqualityComparer.Default.Equals(read.Local, local) && !IsWrittenTo(read))
            {
                Follow(read);
            }
        }
    }

    private static bool IsWrittenTo(ILocalReferenceOperation reference) =>
        reference.IsDeclaration || reference.Parent is IAssignmentOperation assignment && assignment.Target == reference;
}

/// <summary>An operation that consumes a followed value, and the form in which it receives it (its operand or argument).</summary>
internal readonly struct ValueUse(IOperation consumer, IOperation value)
{
    /// <summary>The consuming operation; an <see cref="IArgumentOperation"/> when the value is passed to a call, constructor or indexer.</summary>
    public IOperation Consumer { get; } = consumer;

    /// <summary>The value as the consumer receives it.</summary>
    public IOperation Value { get; } = value;
}
