namespace Katas.SlidingWindowAverage;

/// <summary>
/// The average of the last <c>windowSize</c> values of a stream, such as a model's recent
/// predictions. Add and Average must be O(1) in time and memory.
/// </summary>
public sealed class SlidingWindowAverage
{
    /// <summary>Creates an empty window of <paramref name="windowSize"/> values.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowSize"/> is zero or negative.</exception>
    public SlidingWindowAverage(int windowSize)
    {
        throw new NotImplementedException();
    }

    /// <summary>How many values the window holds now: the number added, up to the window size.</summary>
    public int Count => throw new NotImplementedException();

    /// <summary>The average of the values in the window.</summary>
    /// <exception cref="InvalidOperationException">No value has been added yet.</exception>
    public double Average => throw new NotImplementedException();

    /// <summary>Adds a value, evicting the oldest one once the window is full.</summary>
    public void Add(double value)
    {
        throw new NotImplementedException();
    }
}
