using NUnit.Framework;
using VerifyMLK001 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK001ListUsedAsQueueAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK001ListUsedAsQueueTests
{
    [Test]
    public Task RemoveAt_zero_on_a_field_list_that_is_appended_to_is_flagged() => VerifyMLK001.Diagnostics("""
        using System.Collections.Generic;
        class Window
        {
            private readonly List<double> _values = new();
            public void Add(double value)
            {
                _values.Add(value);
                if (_values.Count > 10)
                {
                    {|MLK001:_values.RemoveAt(0)|};
                }
            }
        }
        """);

    [Test]
    public Task RemoveRange_from_zero_is_flagged() => VerifyMLK001.Diagnostics("""
        using System.Collections.Generic;
        class Buffer
        {
            private readonly List<int> _items = new();
            public void Push(int item) => _items.Add(item);
            public void DropOldest(int n) => {|MLK001:_items.RemoveRange(0, n)|};
        }
        """);

    [Test]
    public Task RemoveAt_zero_on_a_local_bfs_frontier_is_flagged() => VerifyMLK001.Diagnostics("""
        using System.Collections.Generic;
        class Walker
        {
            public int Visit(int start)
            {
                var frontier = new List<int> { start };
                var seen = 0;
                while (frontier.Count > 0 && seen < 100)
                {
                    var next = frontier[0];
                    {|MLK001:frontier.RemoveAt(0)|};
                    frontier.Add(next + 1);
                    seen++;
                }
                return seen;
            }
        }
        """);

    [Test]
    public Task Insert_at_zero_on_a_list_that_is_also_appended_to_is_flagged() => VerifyMLK001.Diagnostics("""
        using System.Collections.Generic;
        class History
        {
            private readonly List<string> _events = new();
            public void Record(string e) => _events.Add(e);
            public void RecordFirst(string e) => {|MLK001:_events.Insert(0, e)|};
        }
        """);

    [Test]
    public Task A_list_that_is_never_appended_to_is_silent() => VerifyMLK001.Diagnostics("""
        using System.Collections.Generic;
        class Trimmer
        {
            public List<string> DropHeader(List<string> lines)
            {
                lines.RemoveAt(0);
                return lines;
            }
        }
        """);

    [Test]
    public Task Removing_at_the_back_like_a_stack_is_silent() => VerifyMLK001.Diagnostics("""
        using System.Collections.Generic;
        class Stack
        {
            private readonly List<int> _items = new();
            public void Push(int item) => _items.Add(item);
            public int Pop()
            {
                var last = _items[^1];
                _items.RemoveAt(_items.Count - 1);
                return last;
            }
        }
        """);

    [Test]
    public Task Removing_at_a_computed_index_is_silent() => VerifyMLK001.Diagnostics("""
        using System.Collections.Generic;
        class Set
        {
            private readonly List<int> _items = new();
            public void Add(int item) => _items.Add(item);
            public void RemoveAtIndex(int index) => _items.RemoveAt(index);
        }
        """);

    [Test]
    public Task A_queue_is_silent() => VerifyMLK001.Diagnostics("""
        using System.Collections.Generic;
        class Window
        {
            private readonly Queue<double> _values = new();
            public void Add(double value)
            {
                _values.Enqueue(value);
                if (_values.Count > 10) _values.Dequeue();
            }
        }
        """);
}
