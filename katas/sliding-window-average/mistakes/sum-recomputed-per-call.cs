namespace Katas.SlidingWindowAverage;

// Mistake: Average adds up the whole window on every call, so it costs O(N).
public sealed class SlidingWindowAverage
{
    private readonly Queue<double> _window = new();
    private readonly int _windowSize;

    public SlidingWindowAverage(int windowSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowSize);
        _windowSize = windowSize;
    }

    public int Count => _window.Count;

    public double Average => _window.Count == 0
        ? throw new InvalidOperationException("The window is empty.")
        : _window.Sum() / _window.Count;

    public void Add(double value)
    {
        if (_window.Count == _windowSize)
        {
            _window.Dequeue();
        }

        _window.Enqueue(value);
    }
}
