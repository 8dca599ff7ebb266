using System.Collections;

namespace Katas.FlattenNested;

// Mistake: each nested sequence is flattened by a recursive call, so every level of nesting
// holds a stack frame (an iterator's MoveNext calling the next one's): 100 000 levels
// overflow the stack.

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
        foreach (var item in source)
        {
            if (item is IEnumerable nested and not string)
            {
                foreach (var leaf in Leaves(nested))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return item;
            }
        }
    }
}
