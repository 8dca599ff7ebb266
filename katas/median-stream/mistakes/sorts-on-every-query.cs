namespace Katas.MedianStream;

// Mistake: every value goes into one List, and Median sorts it before reading the middle:
// each query costs O(n log n) where two heaps answer in O(1).
public sealed class MedianStream
{
    private readonly List<int> _values = [];

    public int Count => _values.Count;

    public double Median
    {
        get
        {
            if (_values.Count == 0)
            {
                throw new InvalidOperationException("The stream is empty.");
            }

            _values.Sort();
            var middle = _values.Count / 2;
            return _values.Count % 2 == 1
                ? _values[middle]
                : ((double)_values[middle - 1] + _values[middle]) / 2;
        }
    }

    public void Add(int value) => _values.Add(value);
}
