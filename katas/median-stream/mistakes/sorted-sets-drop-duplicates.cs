namespace Katas.MedianStream;

// Mistake: the halves are SortedSet<int>, used as heaps for their Max and Min. SortedSet.Add
// ignores a value the set already holds, so a run of equal values is mostly lost: Count
// falls behind, and the halves no longer split the stream at its middle.
public sealed class MedianStream
{
    private readonly SortedSet<int> _lower = [];
    private readonly SortedSet<int> _upper = [];

    public int Count => _lower.Count + _upper.Count;

    public double Median
    {
        get
        {
            if (_lower.Count == 0)
            {
                throw new InvalidOperationException("The stream is empty.");
            }

            var lowerMiddle = _lower.Max;
            if (_lower.Count > _upper.Count)
            {
                return lowerMiddle;
            }

            return ((double)lowerMiddle + _upper.Min) / 2;
        }
    }

    public void Add(int value)
    {
        if (_lower.Count == 0 || value <= _lower.Max)
        {
            _lower.Add(value);
        }
        else
        {
            _upper.Add(value);
        }

        if (_lower.Count > _upper.Count + 1)
        {
            MoveTop(_lower, _upper, _lower.Max);
        }
        else if (_upper.Count > _lower.Count)
        {
            MoveTop(_upper, _lower, _upper.Min);
        }
    }

    private static void MoveTop(SortedSet<int> from, SortedSet<int> to, int value)
    {
        from.Remove(value);
        to.Add(value);
    }
}
