// Breaks MLK015: the queue is checked once, before the wait. A woken consumer may find the
// item already taken by another one and dequeue from an empty queue.
using System.Collections.Generic;
using System.Threading;

namespace RuleExamples;

public sealed class HandOff
{
    private readonly object _gate = new();
    private readonly Queue<int> _items = new();

    public int Take()
    {
        lock (_gate)
        {
            if (_items.Count == 0)
            {
                Monitor.Wait(_gate);
            }

            return _items.Dequeue();
        }
    }

    public void Give(int item)
    {
        lock (_gate)
        {
            _items.Enqueue(item);
            Monitor.PulseAll(_gate);
        }
    }
}
