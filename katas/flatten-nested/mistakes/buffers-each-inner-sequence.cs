using System.Collections;

namespace Katas.FlattenNested;

// Mistake: a stack of pending elements, each nested sequence pushed in reverse: every
// inner sequence is read to its end the moment it is entered, so an endless one never
// yields and memory grows with the widest sequence.

/// <summary>Flattens arbitrarily nested sequences into one lazy sequence of their leaves.</summary>
public static class Nested
{
    /// <summary>
    /// The leaves of <paramref name="source"/>, depth first, in order. An element that is an
    /// <see cref="IEnumerable"/> other than a string is a nested sequence and is flattened in its
    /// place; anything else (a string, a number, null) is a leaf. Nothing is read from the input
    /// until the result is enumerated, and then only as far as the consumer reads.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null (thrown by the call, not on enumeration).</exception>
    public static IEnumerable<object?> Flatten(IEnumerable<object?> source)
    {
        // Checked here, not in the iterator: an iterator's body runs only on the first MoveNext,
        // so a null would surface far from the call that passed it.
        ArgumentNullException.ThrowIfNull(source);
        return Leaves(source);
    }

    private static IEnumerable<object?> Leaves(IEnumerable source)
    {
        var pending = new Stack<object?>();
        PushReversed(pending, source);
        while (pending.TryPop(out var item))
        {
            if (item is IEnumerable nested and not string)
            {
                PushReversed(pending, nested);
            }
            else
            {
                yield return item;
            }
        }
    }

    private static void PushReversed(Stack<object?> pending, IEnumerable items)
    {
        foreach (var item in items.Cast<object?>().Reverse())
        {
            pending.Push(item);
        }
    }
}
