namespace Katas.SlidingWindowAverage;

/// <summary>
/// The average of the last <c>windowSize</c> values of a stream, such as a model's recent
/// predictions. Add and Average must be O(1) in time and memory.
/// </summary>
public sealed class SlidingWindowAverage
{
    // A fixed ring buffer: the slot at _next holds the oldest value once the window is full,
    // so eviction is an overwrite instead of a shift.
    private readonly double[] _window;
    private int _next;
    private int _count;
    private double _sum;

    /// <summary>Creates an empty window of <paramref name="windowSize"/> values.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowSize"/> is zero or negative.</exception>
    public SlidingWindowAverage(int windowSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowSize);
        _window = new double[windowSize];
    }

    /// <summary>How many values the window holds now: the number added, up to the window size.</summary>
    public int Count => _count;

    /// <summary>The average of the values in the window.</summary>
    /// <exception cref="InvalidOperationException">No value has been added yet.</exception>
    public double Average => _count == 0
        ? throw new InvalidOperationException("The window is empty: add a value before asking for the average.")
        : _sum / _count;

    /// <summary>Adds a value, evicting the oldest one once the window is full.</summary>
    public void Add(double value)
    {
        if (_count == _window.Length)
        {
            _sum -= _window[_next];
        }
        else
        {
            _count++;
        }

        _window[_next] = value;
        _sum += value;
        _next++;
        if (_next == _window.Length)
        {
            _next = 0;

            // Once per full turn of the ring, add the window up afresh: rounding error, and what
            // a huge value evicted since swallowed (1e20 + 1 == 1e20), cannot outlive one window.
            // O(N) work every N adds keeps Add O(1) amortised.
            _sum = 0;
            foreach (var item in _window)
            {
                _sum += item;
            }
        }
    }
}
