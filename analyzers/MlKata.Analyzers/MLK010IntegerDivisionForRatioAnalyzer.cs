using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK010: an integer division whose quotient is converted, implicitly or by a cast, to
/// <c>double</c>, <c>float</c> or <c>decimal</c>: assigned, returned, passed or cast as a ratio.
/// A quotient that stays an integer (a midpoint, a page count, an <c>int</c> average) is meant
/// and stays silent, and so does a division with an operand already floating.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK010IntegerDivisionForRatioAnalyzer : MlkAnalyzer
{
    /// <summary>The diagnostic property that names the floating type the quotient becomes: the fix casts an operand to it.</summary>
    public const string TargetTypeProperty = "TargetType";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.IntegerDivisionForRatio];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterOperationAction(AnalyzeBinary, OperationKind.Binary);
    }

    private static void AnalyzeBinary(OperationAnalysisContext context)
    {
        var division = (IBinaryOperation)context.Operation;
        if (division.OperatorKind != BinaryOperatorKind.Divide || division.OperatorMethod is not null || !IsIntegral(division.Type))
        {
            return;
        }

        if (ConsumerOf(division) is not IConversionOperation { OperatorMethod: null } conversion || FloatingKeyword(conversion.Type) is not { } target)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            HelpLinks.For(Rules.IntegerDivisionForRatio, context.Options),
            division.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(TargetTypeProperty, target),
            division.Syntax.ToString(),
            target));
    }

    /// <summary>
    /// What takes the quotient's value. C# has no parenthesized operation, so it is the parent,
    /// unless the quotient is a branch of <c>?:</c> or of a switch expression
    /// (<c>n == 0 ? 0 : hits / n</c>): then the whole expression's value is the quotient's.
    /// </summary>
    private static IOperation? ConsumerOf(IOperation value)
    {
        while (true)
        {
            switch (value.Parent)
            {
                case IConditionalOperation { Type: not null } conditional when conditional.Condition != value:
                    value = conditional;
                    break;
                case ISwitchExpressionArmOperation arm when arm.Value == value && arm.Parent is { } switchExpression:
                    value = switchExpression;
                    break;
                default:
                    return value.Parent;
            }
        }
    }

    // The integral types C# divides in: byte, short and char operands are promoted to int first.
    private static bool IsIntegral(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;

    private static string? FloatingKeyword(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_Double => "double",
        SpecialType.System_Single => "float",
        SpecialType.System_Decimal => "decimal",
        _ => null,
    };
}
