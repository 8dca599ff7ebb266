using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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
        var trail = new ClockTrail((INamedTypeSymbol)type.Symbol, readings);
        type.RegisterOperationAction(
            context =>
            {
                // Each type follows its own members; a nested type is analysed as a type of its own.
                if (SymbolEqualityComparer.Default.Equals(context.ContainingSymbol.ContainingType, type.Symbol))
                {
                    trail.Observe(context.Operation);
                }
            },
            ClockTrail.ObservedKinds);

        type.RegisterSymbolEndAction(context =>
        {
            foreach (var interval in trail.IntervalsBetweenReadings())
            {
                context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.WallClockInterval, context.Options), interval.Syntax.GetLocation(), interval.Syntax.ToString()));
            }
        });
    }
}
