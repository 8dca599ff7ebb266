using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK004: a field created under a null check (<c>if (f == null) f = …</c>,
/// <c>if (f != null) return f; f = …</c>, or <c>f ??= …</c>) outside any lock. Static fields
/// are shared by every thread, so they are always checked; an instance field is checked only
/// when its type shows it expects concurrent callers (a lock, a volatile field, Interlocked,
/// Volatile, Monitor, a Lock or semaphore): a single-threaded lazy cache is fine as it is.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK004UnsynchronisedLazyInitAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.UnsynchronisedLazyInit];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownTypes.From(start.Compilation);
            start.RegisterSymbolStartAction(type => AnalyzeType(type, known), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolStartAnalysisContext type, KnownTypes known)
    {
        var candidates = new ConcurrentBag<(IFieldSymbol Field, IOperation Assignment)>();
        var expectsConcurrency = ((INamedTypeSymbol)type.Symbol).GetMembers().OfType<IFieldSymbol>()
            .Any(f => f.IsVolatile || known.IsSynchronisationType(f.Type));
        var concurrencySeen = expectsConcurrency ? 1 : 0; // written from concurrent operation callbacks

        type.RegisterOperationAction(context =>
        {
            switch (context.Operation)
            {
                case ILockOperation:
                case IInvocationOperation call when known.IsSynchronisationType(call.TargetMethod.ContainingType):
                    Interlocked.Exchange(ref concurrencySeen, 1);
                    break;
                case IAssignmentOperation assignment when !IsConstructor(context.ContainingSymbol) &&
                                                          assignment.Target is IFieldReferenceOperation { Field: var field } &&
                                                          SymbolEqualityComparer.Default.Equals(field.ContainingType, type.Symbol) &&
                                                          !assignment.IsInsideLock() &&
                                                          IsGuardedByNullCheck(assignment, field):
                    candidates.Add((field, assignment));
                    break;
            }
        }, OperationKind.Lock, OperationKind.Invocation, OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment);

        type.RegisterSymbolEndAction(context =>
        {
            foreach (var (field, assignment) in candidates)
            {
                if (field.IsStatic || Volatile.Read(ref concurrencySeen) == 1)
                {
                    context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.UnsynchronisedLazyInit, context.Options), assignment.Syntax.GetLocation(), field.Name));
                }
            }
        });
    }

    private static bool IsGuardedByNullCheck(IAssignmentOperation assignment, IFieldSymbol field)
    {
        if (assignment is ICoalesceAssignmentOperation)
        {
            return true;
        }

        // if (field == null) { … field = … }
        IOperation child = assignment;
        for (var parent = assignment.Parent; parent is not null and not IAnonymousFunctionOperation and not ILocalFunctionOperation; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalOperation conditional && conditional.WhenTrue == child && conditional.Condition.IsNullCheckOf(field))
            {
                return true;
            }

            // if (field != null) return field; … field = …
            if (parent is IBlockOperation block)
            {
                var index = block.Operations.IndexOf(child);
                if (block.Operations.Take(index).OfType<IConditionalOperation>().Any(c =>
                        c.Condition.IsNullCheckOf(field, negated: true) && c.WhenFalse is null && c.WhenTrue.EndsInReturn()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsConstructor(ISymbol symbol) =>
        symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor };
}
