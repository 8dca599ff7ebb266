namespace Katas.MedianStream;

/// <summary>
/// The running median of a stream of integers, such as request latencies or feature values
/// arriving one at a time: Add is O(log n), Median is O(1) and allocates nothing.
/// </summary>
public sealed class MedianStream
{
    /// <summary>How many values have been added, repeats included.</summary>
    public int Count => throw new NotImplementedException();

    /// <summary>
    /// The middle value of everything added so far; for an even count, the mean of the two
    /// middle values.
    /// </summary>
    /// <exception cref="InvalidOperationException">No value has been added yet.</exception>
    public double Median => throw new NotImplementedException();

    /// <summary>Adds a value to the stream.</summary>
    public void Add(int value)
    {
        throw new NotImplementedException();
    }
}
