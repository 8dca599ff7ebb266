using System.Collections;

namespace Katas.FlattenNested;

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
        // One enumerator per level of nesting currently open, innermost on top: a depth of
        // 100 000 is 100 000 entries on the heap, not 100 000 frames on the thread's stack.
        var open = new Stack<IEnumerator>();
        try
        {
            open.Push(source.GetEnumerator());
            while (open.TryPeek(out var top))
            {
                if (!top.MoveNext())
                {
                    Dispose(open.Pop());
                    continue;
                }

                var item = top.Current;
                if (item is IEnumerable nested and not string)
                {
                    open.Push(nested.GetEnumerator());
                }
                else
                {
                    yield return item;
                }
            }
        }
        finally
        {
            // A consumer that stops early (First, Take, break) disposes this iterator, which
            // lands here: every enumerator still open is closed, innermost first.
            while (open.TryPop(out var enumerator))
            {
                Dispose(enumerator);
            }
        }
    }

    // A non-generic enumerator need not be disposable, but every generic one is (an iterator's
    // Dispose runs its finally blocks, a database reader's closes its connection).
    private static void Dispose(IEnumerator enumerator) => (enumerator as IDisposable)?.Dispose();
}
