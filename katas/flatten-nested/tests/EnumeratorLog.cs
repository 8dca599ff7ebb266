using System.Collections;

namespace Katas.FlattenNested.Tests;

/// <summary>
/// Hands out sequences that record every enumerator opened over them and whether it was
/// disposed: what a test needs to see that a flattening opens nothing ahead of its consumer
/// and closes everything it opened.
/// </summary>
internal sealed class EnumeratorLog
{
    private readonly List<Enumerator> _opened = [];

    /// <summary>How many enumerators have been opened over this log's sequences.</summary>
    public int Opened => _opened.Count;

    /// <summary>How many of them have not been disposed.</summary>
    public int StillOpen => _opened.Count(e => !e.Disposed);

    /// <summary>A sequence of <paramref name="items"/> whose enumerators this log records.</summary>
    public IEnumerable<object?> Sequence(params object?[] items) => new Logged(this, items);

    private sealed class Logged(EnumeratorLog log, object?[] items) : IEnumerable<object?>
    {
        public IEnumerator<object?> GetEnumerator()
        {
            var enumerator = new Enumerator(items);
            log._opened.Add(enumerator);
            return enumerator;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class Enumerator(object?[] items) : IEnumerator<object?>
    {
        private int _index = -1;

        public bool Disposed { get; private set; }

        // As an array's enumerator does: there is no current element before the first or after the last.
        public object? Current => _index >= 0 && _index < items.Length
            ? items[_index]
            : throw new InvalidOperationException("Current read while the enumerator is not on an element.");

        public bool MoveNext()
        {
            ObjectDisposedException.ThrowIf(Disposed, this);
            if (_index < items.Length)
            {
                _index++;
            }

            return _index < items.Length;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose() => Disposed = true;
    }
}
