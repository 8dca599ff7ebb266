namespace Katas.SlidingWindowAverage;

// Mistake: the window is a List used as a queue. RemoveAt(0) shifts every remaining element
// one slot left, so each Add on a full window costs O(N).
public sealed class SlidingWindowAverage
{
    private readonly List<double> _window;
    private readonly int _windowSize;
    private double _sum;
    private int _addsSinceResum;

    public SlidingWindowAverage(int windowSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowSize);
        _windowSize = windowSize;
        _window = new List<double>(windowSize + 1);
    }

    public int Count => _window.Count;

    public double Average => _window.Count == 0
        ? throw new InvalidOperationException("The window is empty.")
        : _sum / _window.Count;

    public void Add(double value)
    {
        _window.Add(value);
        _sum += value;
        if (_window.Count > _windowSize)
        {
            _sum -= _window[0];
            _window.RemoveAt(0);
        }

        if (++_addsSinceResum == _windowSize)
        {
            _addsSinceResum = 0;
            _sum = 0;
            foreach (var item in _window)
            {
                _sum += item;
            }
        }
    }
}
