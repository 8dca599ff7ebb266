using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// Where code runs under a lock, in each way C# takes one: <c>lock (gate)</c> (on an object
/// or a <c>System.Threading.Lock</c>), <c>Monitor.Enter</c> or <c>Lock.Enter</c> with the exit
/// in a <c>finally</c>, and <c>using (gate.EnterScope())</c> or <c>using var _ = gate.EnterScope();</c>.
/// </summary>
internal static class LockedRegions
{
    /// <summary>The operations that run while <paramref name="operation"/> holds its lock; empty when it takes none.</summary>
    public static ImmutableArray<IOperation> LockedOperations(this IOperation operation, KnownTypes known) => operation switch
    {
        ILockOperation @lock => [@lock.Body],
        ITryOperation { Finally: { } @finally } @try when @finally.DescendantsAndSelf().OfType<IInvocationOperation>().Any(c => IsExit(c, known)) => [@try.Body],
        IUsingOperation @using when EntersScope(@using.Resources, known) => [@using.Body],

        // A using declaration holds the lock until the end of its block.
        IUsingDeclarationOperation declaration when EntersScope(declaration.DeclarationGroup, known) && declaration.Parent is IBlockOperation block =>
            [.. block.Operations.SkipWhile(o => o != declaration).Skip(1)],
        _ => [],
    };

    /// <summary>Whether <paramref name="operation"/> runs under a lock taken in the same function.</summary>
    public static bool IsInsideLockedRegion(this IOperation operation, KnownTypes known)
    {
        var child = operation;
        foreach (var parent in operation.Ancestors())
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }

            var lockedBySibling = parent is IBlockOperation block &&
                                  block.Operations.TakeWhile(o => o != child).Any(o => o.LockedOperations(known).Contains(child));
            if (lockedBySibling || parent.LockedOperations(known).Contains(child))
            {
                return true;
            }

            child = parent;
        }

        return false;
    }

    private static bool IsExit(IInvocationOperation call, KnownTypes known) =>
        call.TargetMethod.Name == nameof(System.Threading.Monitor.Exit) &&
        (KnownTypes.Is(call.TargetMethod.ContainingType, known.Monitor) || KnownTypes.Is(call.TargetMethod.ContainingType, known.Lock));

    private static bool EntersScope(IOperation resources, KnownTypes known) =>
        resources.DescendantsAndSelf().OfType<IInvocationOperation>().Any(c =>
            c.TargetMethod.Name == "EnterScope" && KnownTypes.Is(c.TargetMethod.ContainingType, known.Lock));
}
