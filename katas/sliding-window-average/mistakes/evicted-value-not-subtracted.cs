namespace Katas.SlidingWindowAverage;

// Mistake: the oldest value is overwritten in the ring but never subtracted from the running
// sum, so the average keeps every value ever added until the next re-sum.
public sealed class SlidingWindowAverage
{
    private readonly double[] _window;
    private int _next;
    private int _count;
    private double _sum;

    public SlidingWindowAverage(int windowSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowSize);
        _window = new double[windowSize];
    }

    public int Count => _count;

    public double Average => _count == 0
        ? throw new InvalidOperationException("The window is empty.")
        : _sum / _count;

    public void Add(double value)
    {
        if (_count < _window.Length)
        {
            _count++;
        }

        _window[_next] = value;
        _sum += value;
        _next++;
        if (_next == _window.Length)
        {
            _next = 0;
            _sum = 0;
            foreach (var item in _window)
            {
                _sum += item;
            }
        }
    }
}
