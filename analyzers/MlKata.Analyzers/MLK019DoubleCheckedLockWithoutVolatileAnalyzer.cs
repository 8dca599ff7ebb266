using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK019: double-checked locking whose lock-free read is a plain read. The shape is a lock that
/// checks a field for null again and assigns it, guarded by a null check of the same field
/// outside the lock (<c>if (f is null) { lock … }</c>, <c>if (f is not null) return f; lock …</c>,
/// either on the field or on a local copied from it). The field is fine when it is volatile, or
/// when its type reads or writes it through <c>Volatile</c> or <c>Interlocked</c>: either shows the
/// author ordered the publication. Only reference-type fields: a null check of anything else is
/// not a publication.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK019DoubleCheckedLockWithoutVolatileAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.DoubleCheckedLockWithoutVolatile];

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
        var owner = (INamedTypeSymbol)type.Symbol;
        var fastPathReads = new ConcurrentDictionary<SyntaxNode, IFieldSymbol>();
        var orderedFields = new ConcurrentDictionary<IFieldSymbol, bool>(SymbolEqualityComparer.Default);

        type.RegisterOperationAction(context =>
        {
            if (context.Operation is IInvocationOperation call)
            {
                foreach (var field in FieldsPassedByRefToVolatileOrInterlocked(call, known))
                {
                    orderedFields.TryAdd(field, true);
                }

                return;
            }

            foreach (var (field, read) in UnorderedFastPathReads(context.Operation, owner, known))
            {
                fastPathReads.TryAdd(read.Syntax, field);
            }
        }, OperationKind.Invocation, OperationKind.Lock, OperationKind.Try, OperationKind.Using, OperationKind.UsingDeclaration);

        type.RegisterSymbolEndAction(context =>
        {
            foreach (var read in fastPathReads.Where(r => !orderedFields.ContainsKey(r.Value)))
            {
                context.ReportDiagnostic(Diagnostic.Create(HelpLinks.For(Rules.DoubleCheckedLockWithoutVolatile, context.Options), read.Key.GetLocation(), read.Value.Name));
            }
        });
    }

    private static IEnumerable<IFieldSymbol> FieldsPassedByRefToVolatileOrInterlocked(IInvocationOperation call, KnownTypes known) =>
        KnownTypes.Is(call.TargetMethod.ContainingType, known.Volatile) || KnownTypes.Is(call.TargetMethod.ContainingType, known.Interlocked)
            ? call.Arguments.Where(a => a.Parameter?.RefKind is not (null or RefKind.None))
                .Select(a => a.Value.WithoutConversions()).OfType<IFieldReferenceOperation>().Select(f => f.Field)
            : [];

    /// <summary>
    /// For a lock that re-checks and publishes a field of <paramref name="owner"/> (assigns it, or
    /// writes it through Volatile or Interlocked, which the type-wide check then clears), the plain
    /// reads of that field outside the lock that guard it.
    /// </summary>
    private static IEnumerable<(IFieldSymbol Field, IOperation Read)> UnorderedFastPathReads(IOperation lockOperation, INamedTypeSymbol owner, KnownTypes known)
    {
        var locked = lockOperation.LockedOperations(known);
        if (locked.IsEmpty || lockOperation.IsInsideLockedRegion(known))
        {
            return [];
        }

        var underLock = locked.SelectMany(o => o.DescendantsAndSelf()).ToList();
        var publishedUnderLock = underLock.Select(AssignedField).OfType<IFieldSymbol>()
            .Concat(underLock.OfType<IInvocationOperation>().Where(c => c.TargetMethod.Name != nameof(System.Threading.Volatile.Read))
                .SelectMany(c => FieldsPassedByRefToVolatileOrInterlocked(c, known)));
        return publishedUnderLock
            .Where(f => !f.IsVolatile && f.Type.IsReferenceType && SymbolEqualityComparer.Default.Equals(f.ContainingType.OriginalDefinition, owner))
            .Distinct<IFieldSymbol>(SymbolEqualityComparer.Default)
            .Where(f => RechecksForNull(underLock, f))
            .Select(f => (Field: f, Read: GuardingRead(lockOperation, f, known)))
            .Where(r => r.Read is not null)
            .Select(r => (r.Field, r.Read!));
    }

    private static IFieldSymbol? AssignedField(IOperation operation) => operation switch
    {
        ISimpleAssignmentOperation or ICoalesceAssignmentOperation => OwnField(((IAssignmentOperation)operation).Target),
        _ => null,
    };

    /// <summary>The field a plain read or write of this object's (or the type's static) field names.</summary>
    private static IFieldSymbol? OwnField(IOperation? operation) =>
        operation.WithoutConversions() is IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } reference ? reference.Field : null;

    private static bool RechecksForNull(IReadOnlyList<IOperation> underLock, IFieldSymbol field) =>
        underLock.Any(o => (o is ICoalesceAssignmentOperation coalesce && IsField(OwnField(coalesce.Target), field)) || o.IsNullCheckOf(field)) ||
        underLock.Select(o => CopiedLocal(o, field)).OfType<ILocalSymbol>().Any(local => underLock.Any(o => o.IsNullCheckOf(local)));

    /// <summary>
    /// The plain read of <paramref name="field"/> in the null check that guards
    /// <paramref name="lockOperation"/> on the lock-free path, or null when nothing guards it.
    /// </summary>
    private static IOperation? GuardingRead(IOperation lockOperation, IFieldSymbol field, KnownTypes known)
    {
        var child = lockOperation;
        foreach (var parent in lockOperation.Ancestors())
        {
            var read = parent switch
            {
                IAnonymousFunctionOperation or ILocalFunctionOperation => null,

                // if (f is null) { lock … }   or   if (f is not null) { … } else { lock … }
                IConditionalOperation conditional when conditional.WhenTrue == child => CheckedRead(conditional, field, negated: false, known),
                IConditionalOperation conditional when conditional.WhenFalse == child => CheckedRead(conditional, field, negated: true, known),

                // if (f is not null) return f; … lock …
                IBlockOperation block => block.Operations.TakeWhile(o => o != child).Reverse()
                    .OfType<IConditionalOperation>()
                    .Where(c => c.WhenFalse is null && c.WhenTrue.EndsInReturn())
                    .Select(c => CheckedRead(c, field, negated: true, known))
                    .FirstOrDefault(r => r is not null),
                _ => null,
            };
            if (read is not null || parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return read;
            }

            child = parent;
        }

        return null;
    }

    /// <summary>The plain field read whose null check <paramref name="guard"/>'s condition is, directly or through a local copy.</summary>
    private static IOperation? CheckedRead(IConditionalOperation guard, IFieldSymbol field, bool negated, KnownTypes known)
    {
        var condition = guard.Condition;
        if (condition.IsNullCheckOf(field, negated))
        {
            return condition.DescendantsAndSelf().FirstOrDefault(o => IsField(OwnField(o), field));
        }

        var checkedLocals = condition.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Select(l => l.Local)
            .Where(local => condition.IsNullCheckOf(local, negated));
        return checkedLocals.Select(local => LastCopyBefore(guard, local, field, known)).FirstOrDefault(r => r is not null);
    }

    /// <summary>The plain read of <paramref name="field"/> last copied into <paramref name="local"/>, outside any lock, before <paramref name="guard"/>.</summary>
    private static IOperation? LastCopyBefore(IOperation guard, ILocalSymbol local, IFieldSymbol field, KnownTypes known)
    {
        var body = guard.Ancestors().TakeWhile(o => o is not (IAnonymousFunctionOperation or ILocalFunctionOperation)).LastOrDefault() ?? guard;
        return body.Descendants()
            .Where(o => o.Syntax.SpanStart < guard.Syntax.SpanStart && SymbolEqualityComparer.Default.Equals(CopiedLocal(o, field), local) && !o.IsInsideLockedRegion(known))
            .OrderBy(o => o.Syntax.SpanStart)
            .Select(CopiedValue)
            .LastOrDefault();
    }

    /// <summary>The local that <paramref name="operation"/> copies a plain read of <paramref name="field"/> into (<c>var m = f;</c>, <c>m = f;</c>).</summary>
    private static ILocalSymbol? CopiedLocal(IOperation operation, IFieldSymbol field) => operation switch
    {
        IVariableDeclaratorOperation { Initializer.Value: var value } declarator when IsField(OwnField(value), field) => declarator.Symbol,
        ISimpleAssignmentOperation { Target: ILocalReferenceOperation target, Value: var value } when IsField(OwnField(value), field) => target.Local,
        _ => null,
    };

    private static IOperation CopiedValue(IOperation copy) => copy switch
    {
        IVariableDeclaratorOperation declarator => declarator.Initializer!.Value.WithoutConversions()!,
        _ => ((ISimpleAssignmentOperation)copy).Value.WithoutConversions()!,
    };

    private static bool IsField(IFieldSymbol? candidate, IFieldSymbol field) => SymbolEqualityComparer.Default.Equals(candidate, field);
}
