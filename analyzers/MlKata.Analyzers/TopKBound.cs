using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// Whether a count taken from a sorted collection is a k chosen apart from the collection's
/// size: a parameter, a field, a constant above 1, a local declared as one of those, arithmetic
/// on them (<c>k + 1</c>) or a <c>Math.Min</c> with one of them (<c>Math.Min(k, list.Count)</c>).
/// A size (<c>Count</c>, <c>Length</c>, <c>Count()</c>) takes the whole collection, and 1 is
/// <c>First()</c>, which LINQ finds in one pass.
/// </summary>
internal static class TopKBound
{
    private const int MaxLocalHops = 3;

    public static bool IsTopK(IOperation bound, IOperation root, KnownTypes known) => IsTopK(bound, root, known, 0);

    private static bool IsTopK(IOperation bound, IOperation root, KnownTypes known, int hops)
    {
        bound = bound.WithoutConversions()!;
        if (bound.ConstantValue.HasValue)
        {
            return bound.ConstantValue.Value is int and > 1 or long and > 1;
        }

        bool Operand(IOperation operand) => operand.WithoutConversions()!.ConstantValue.HasValue || IsTopK(operand, root, known, hops);

        return bound switch
        {
            IParameterReferenceOperation or IFieldReferenceOperation => true,
            IPropertyReferenceOperation property => property.Arguments.Length == 0 && property.Property.Name is not ("Count" or "Length" or "LongLength"),
            ILocalReferenceOperation local => hops < MaxLocalHops && root.InitializerOf(local.Local) is { } value && IsTopK(value, root, known, hops + 1),
            IInvocationOperation { TargetMethod.Name: "Min", Arguments.Length: 2 } min when KnownTypes.Is(min.TargetMethod.ContainingType, known.Math) =>
                min.Arguments.Any(a => IsTopK(a.Value, root, known, hops)),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply } arithmetic =>
                Operand(arithmetic.LeftOperand) && Operand(arithmetic.RightOperand),
            _ => false,
        };
    }
}
