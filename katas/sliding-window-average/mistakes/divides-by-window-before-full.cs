namespace Katas.SlidingWindowAverage;

// Mistake: the sum is always divided by the window size, so before the window fills the
// missing values count as zeros.
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
        : _sum / _window.Length;

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
            _sum = 0;
            foreach (var item in _window)
            {
                _sum += item;
            }
        }
    }
}
