using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK001: <c>RemoveAt(0)</c>, <c>RemoveRange(0, n)</c> or <c>Insert(0, x)</c> on a
/// <c>List&lt;T&gt;</c> that the same type also appends to. A list that is never appended to
/// is not a queue, so a one-off front removal stays silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK001ListUsedAsQueueAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.ListUsedAsQueue];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var list = KnownTypes.From(start.Compilation).List;
            if (list is null)
            {
                return;
            }

            start.RegisterSymbolStartAction(type => AnalyzeType(type, list), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolStartAnalysisContext type, INamedTypeSymbol list)
    {
        var frontOperations = new ConcurrentBag<(ISymbol Target, IInvocationOperation Call)>();
        var appendedTo = new ConcurrentDictionary<ISymbol, byte>(SymbolEqualityComparer.Default);

        type.RegisterOperationAction(context =>
        {
            var call = (IInvocationOperation)context.Operation;
            if (!KnownTypes.Is(call.TargetMethod.ContainingType, list) || call.Instance.ReferencedSymbol() is not { } target)
            {
                return;
            }

            switch (call.TargetMethod.Name)
            {
                case "Add" or "AddRange":
                    appendedTo.TryAdd(target, 0);
                    break;
                case "RemoveAt" or "RemoveRange" or "Insert" or "InsertRange" when call.ArgumentIsZero(0):
                    frontOperations.Add((target, call));
                    break;
            }
        }, OperationKind.Invocation);

        type.RegisterSymbolEndAction(context =>
        {
            foreach (var (target, call) in frontOperations)
            {
                if (appendedTo.ContainsKey(target))
                {
                    context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.ListUsedAsQueue, context.Options), call.Syntax.GetLocation(), target.Name, call.TargetMethod.Name));
                }
            }
        });
    }
}
