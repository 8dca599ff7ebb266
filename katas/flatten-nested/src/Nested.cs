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
        throw new NotImplementedException();
    }
}
