using System.Collections;

namespace Katas.FlattenNested;

// Alternative: the open enumerators form a linked list of frames, each pointing at the one
// that holds it, in place of a Stack<IEnumerator>: the call stack made explicit, one small
// object per level entered, and no array to grow.

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
        ArgumentNullException.ThrowIfNull(source);
        return Leaves(source);
    }

    private static IEnumerable<object?> Leaves(IEnumerable source)
    {
        Frame? innermost = null;
        try
        {
            innermost = new Frame(source.GetEnumerator(), null);
            while (innermost is not null)
            {
                if (!innermost.Enumerator.MoveNext())
                {
                    innermost = innermost.Close();
                    continue;
                }

                var item = innermost.Enumerator.Current;
                if (item is IEnumerable nested and not string)
                {
                    innermost = new Frame(nested.GetEnumerator(), innermost);
                }
                else
                {
                    yield return item;
                }
            }
        }
        finally
        {
            // Reached when the consumer stops early too: close every frame still open.
            while (innermost is not null)
            {
                innermost = innermost.Close();
            }
        }
    }

    /// <summary>One open level of nesting: its enumerator, and the level that holds it.</summary>
    private sealed class Frame(IEnumerator enumerator, Frame? parent)
    {
        public IEnumerator Enumerator { get; } = enumerator;

        /// <summary>Disposes this level's enumerator and returns the level to resume.</summary>
        public Frame? Close()
        {
            (Enumerator as IDisposable)?.Dispose();
            return parent;
        }
    }
}
