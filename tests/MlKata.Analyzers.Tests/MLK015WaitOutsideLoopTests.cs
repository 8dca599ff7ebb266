using MlKata.Analyzers.CodeFixes;
using NUnit.Framework;
using VerifyMLK015 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK015WaitOutsideLoopAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK015WaitOutsideLoopTests
{
    [Test]
    public Task Wait_under_an_if_is_flagged() => VerifyMLK015.Diagnostics("""
        using System.Collections.Generic;
        using System.Threading;
        class Queue
        {
            private readonly object _gate = new();
            private readonly Queue<int> _items = new();
            public int Take()
            {
                lock (_gate)
                {
                    if (_items.Count == 0)
                    {
                        {|MLK015:Monitor.Wait(_gate)|};
                    }

                    return _items.Dequeue();
                }
            }
        }
        """);

    [Test]
    public Task Wait_with_no_condition_at_all_is_flagged() => VerifyMLK015.Diagnostics("""
        using System.Threading;
        class Signal
        {
            private readonly object _gate = new();
            public void Await()
            {
                lock (_gate) { {|MLK015:Monitor.Wait(_gate)|}; }
            }
        }
        """);

    [Test]
    public Task Timed_wait_in_a_condition_is_flagged() => VerifyMLK015.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        class Queue
        {
            private readonly object _gate = new();
            private readonly Queue<int> _items = new();
            public bool TryTake(TimeSpan timeout, out int item)
            {
                lock (_gate)
                {
                    if (_items.Count == 0 && !{|MLK015:Monitor.Wait(_gate, timeout)|})
                    {
                        item = 0;
                        return false;
                    }

                    return _items.TryDequeue(out item);
                }
            }
        }
        """);

    [Test]
    public Task Wait_in_a_lambda_inside_a_loop_is_flagged() => VerifyMLK015.Diagnostics("""
        using System;
        using System.Threading;
        class Waiter
        {
            private readonly object _gate = new();
            private bool _ready;
            public void Run(Action<Action> schedule)
            {
                while (true)
                {
                    schedule(() => { lock (_gate) { if (!_ready) {|MLK015:Monitor.Wait(_gate)|}; } });
                }
            }
        }
        """);

    [Test]
    public Task Wait_in_a_while_that_rechecks_is_silent() => VerifyMLK015.Diagnostics("""
        using System.Collections.Generic;
        using System.Threading;
        class Queue
        {
            private readonly object _gate = new();
            private readonly Queue<int> _items = new();
            public int Take()
            {
                lock (_gate)
                {
                    while (_items.Count == 0)
                    {
                        Monitor.Wait(_gate);
                    }

                    return _items.Dequeue();
                }
            }
        }
        """);

    [Test]
    public Task Timed_wait_in_an_if_inside_a_loop_that_breaks_on_the_condition_is_silent() => VerifyMLK015.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Threading;
        class Queue
        {
            private readonly object _gate = new();
            private readonly Queue<int> _items = new();
            public bool TryTake(TimeSpan timeout, out int item)
            {
                var clock = Stopwatch.StartNew();
                lock (_gate)
                {
                    while (true)
                    {
                        if (_items.TryDequeue(out item)) return true;
                        var left = timeout - clock.Elapsed;
                        if (left <= TimeSpan.Zero || !Monitor.Wait(_gate, left))
                        {
                            return _items.TryDequeue(out item);
                        }
                    }
                }
            }
        }
        """);

    [Test]
    public Task Wait_in_a_do_or_for_loop_is_silent() => VerifyMLK015.Diagnostics("""
        using System.Threading;
        class Latch
        {
            private readonly object _gate = new();
            private int _count = 3;
            public void AwaitDo()
            {
                lock (_gate) { do { Monitor.Wait(_gate); } while (_count > 0); }
            }
            public void AwaitFor()
            {
                lock (_gate) { for (; _count > 0;) Monitor.Wait(_gate); }
            }
        }
        """);

    [Test]
    public Task Unguarded_timed_wait_used_as_an_interruptible_pause_is_silent() => VerifyMLK015.Diagnostics("""
        using System;
        using System.Threading;
        class Poller
        {
            private readonly object _gate = new();
            public void PauseUnlessWoken(TimeSpan delay)
            {
                lock (_gate) { Monitor.Wait(_gate, delay); }
            }
        }
        """);

    [Test]
    public Task Other_waits_named_Wait_are_silent() => VerifyMLK015.Diagnostics("""
        using System.Threading;
        using System.Threading.Tasks;
        class Starter
        {
            public void Go(Task work, ManualResetEventSlim ready, SemaphoreSlim slots)
            {
                if (!work.IsCompleted) work.Wait();
                if (!ready.IsSet) ready.Wait();
                slots.Wait();
            }
        }
        """);

    [Test]
    public Task Fix_turns_the_if_into_a_while() => VerifyMLK015.Fix<MLK015WaitOutsideLoopCodeFix>("""
        using System.Collections.Generic;
        using System.Threading;
        class Queue
        {
            private readonly object _gate = new();
            private readonly Queue<int> _items = new();
            public int Take()
            {
                lock (_gate)
                {
                    if (_items.Count == 0)
                    {
                        {|MLK015:Monitor.Wait(_gate)|};
                    }

                    return _items.Dequeue();
                }
            }

            public int TakeShort()
            {
                lock (_gate)
                {
                    if (_items.Count == 0) {|MLK015:Monitor.Wait(_gate)|};
                    return _items.Dequeue();
                }
            }
        }
        """, """
        using System.Collections.Generic;
        using System.Threading;
        class Queue
        {
            private readonly object _gate = new();
            private readonly Queue<int> _items = new();
            public int Take()
            {
                lock (_gate)
                {
                    while (_items.Count == 0)
                    {
                        Monitor.Wait(_gate);
                    }

                    return _items.Dequeue();
                }
            }

            public int TakeShort()
            {
                lock (_gate)
                {
                    while (_items.Count == 0) Monitor.Wait(_gate);
                    return _items.Dequeue();
                }
            }
        }
        """);
}
