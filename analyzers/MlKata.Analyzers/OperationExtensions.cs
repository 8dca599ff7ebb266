using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

internal static class OperationExtensions
{
    /// <summary>The operation with implicit conversions and parentheses peeled off.</summary>
    public static IOperation? WithoutConversions(this IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            operation = operation switch
            {
                IConversionOperation conversion => conversion.Operand,
                IParenthesizedOperation parenthesized => parenthesized.Operand,
                _ => operation,
            };
        }

        return operation;
    }

    /// <summary>The operation's parents, innermost first.</summary>
    public static IEnumerable<IOperation> Ancestors(this IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }

    /// <summary>The field, local, parameter or property an operation reads, if it is a plain reference to one.</summary>
    public static ISymbol? ReferencedSymbol(this IOperation? operation) => operation.WithoutConversions() switch
    {
        IFieldReferenceOperation field => field.Field,
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IPropertyReferenceOperation { Arguments.Length: 0 } property => property.Property,
        _ => null,
    };

    /// <summary>The value <paramref name="local"/> is declared with inside <paramref name="root"/>, if it has one.</summary>
    public static IOperation? InitializerOf(this IOperation root, ILocalSymbol local) =>
        root.Descendants().OfType<IVariableDeclaratorOperation>()
            .FirstOrDefault(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local))?.Initializer?.Value;

    /// <summary>The local that <paramref name="value"/> is stored in as it is declared or assigned, if it is.</summary>
    public static ILocalSymbol? AssignedLocal(this IOperation value) => value.Parent switch
    {
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
        ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == value => local.Local,
        _ => null,
    };

    /// <summary>Whether the argument at <paramref name="index"/> is the constant 0.</summary>
    public static bool ArgumentIsZero(this IInvocationOperation invocation, int index) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == index)?.Value.ConstantValue is { HasValue: true, Value: 0 };

    /// <summary>Whether <paramref name="operation"/> tests <paramref name="symbol"/> for null (<c>x == null</c>, <c>x is null</c>).</summary>
    public static bool IsNullCheckOf(this IOperation? operation, ISymbol symbol, bool negated = false)
    {
        operation = operation.WithoutConversions();
        return operation switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary =>
                (binary.OperatorKind == BinaryOperatorKind.NotEquals) == negated &&
                ((IsSymbol(binary.LeftOperand, symbol) && IsNull(binary.RightOperand)) ||
                 (IsSymbol(binary.RightOperand, symbol) && IsNull(binary.LeftOperand))),
            IIsPatternOperation pattern => IsSymbol(pattern.Value, symbol) && IsNullPattern(pattern.Pattern, negated),
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not => not.Operand.IsNullCheckOf(symbol, !negated),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or_ when !negated =>
                or_.LeftOperand.IsNullCheckOf(symbol) || or_.RightOperand.IsNullCheckOf(symbol),
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="operation"/> is a return, or a block whose last statement is one.</summary>
    public static bool EndsInReturn(this IOperation operation) => operation switch
    {
        IReturnOperation => true,
        IBlockOperation block => block.Operations.LastOrDefault() is IReturnOperation,
        _ => false,
    };

    /// <summary>Whether <paramref name="operation"/> sits inside a lock statement of the same function.</summary>
    public static bool IsInsideLock(this IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILockOperation:
                    return true;
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return false;
            }
        }

        return false;
    }

    private static bool IsSymbol(IOperation operand, ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(operand.ReferencedSymbol(), symbol);

    private static bool IsNull(IOperation operand) =>
        operand.WithoutConversions() is { ConstantValue: { HasValue: true, Value: null } };

    private static bool MatchesEveryInstance(ITypeSymbol? matched, ITypeSymbol input) =>
        matched is null || SymbolEqualityComparer.Default.Equals(matched.WithNullableAnnotation(NullableAnnotation.NotAnnotated), input.WithNullableAnnotation(NullableAnnotation.NotAnnotated));

    private static bool IsNullPattern(IPatternOperation pattern, bool negated) => pattern switch
    {
        IConstantPatternOperation constant => !negated && IsNull(constant.Value),
        INegatedPatternOperation not => IsNullPattern(not.Pattern, !negated),

        // x is { } y, x is T y with x's own type: they match exactly the non-null values.
        IRecursivePatternOperation { DeconstructionSubpatterns.Length: 0, PropertySubpatterns.Length: 0 } recursive =>
            negated && MatchesEveryInstance(recursive.MatchedType, recursive.InputType),
        IDeclarationPatternOperation { MatchesNull: false } declaration => negated && MatchesEveryInstance(declaration.MatchedType, declaration.InputType),
        _ => false,
    };
}
