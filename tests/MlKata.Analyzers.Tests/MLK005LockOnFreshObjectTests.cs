using MlKata.Analyzers.CodeFixes;
using NUnit.Framework;
using VerifyMLK005 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK005LockOnFreshObjectAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK005LockOnFreshObjectTests
{
    [Test]
    public Task Lock_on_a_new_object_is_flagged() => VerifyMLK005.Diagnostics("""
        class Counter
        {
            private int _count;
            public void Increment()
            {
                lock ({|MLK005:new object()|})
                {
                    _count++;
                }
            }
        }
        """);

    [Test]
    public Task Lock_on_a_target_typed_new_object_is_flagged() => VerifyMLK005.Diagnostics("""
        class Counter
        {
            private int _count;
            public void Increment()
            {
                lock ({|MLK005:new System.Threading.Lock()|}) { _count++; }
            }
        }
        """);

    [Test]
    public Task Lock_on_a_local_created_in_the_same_method_is_flagged() => VerifyMLK005.Diagnostics("""
        class Counter
        {
            private int _count;
            public void Increment()
            {
                var gate = new object();
                lock ({|MLK005:gate|}) { _count++; }
            }
        }
        """);

    [Test]
    public Task Lock_on_a_readonly_field_is_silent() => VerifyMLK005.Diagnostics("""
        class Counter
        {
            private readonly object _gate = new();
            private int _count;
            public void Increment()
            {
                lock (_gate) { _count++; }
            }
        }
        """);

    [Test]
    public Task Local_shared_by_the_lambdas_of_one_call_is_silent() => VerifyMLK005.Diagnostics("""
        using System.Threading.Tasks;
        class Summer
        {
            public int Sum(int[] values)
            {
                var gate = new object();
                var total = 0;
                Parallel.For(0, values.Length, i => { lock (gate) { total += values[i]; } });
                return total;
            }
        }
        """);

    [Test]
    public Task Lock_on_a_parameter_or_a_local_that_aliases_a_field_is_silent() => VerifyMLK005.Diagnostics("""
        class Worker
        {
            private readonly object _gate = new();
            public void Run(object shared)
            {
                lock (shared) { }
                var gate = _gate;
                lock (gate) { }
            }
        }
        """);

    [Test]
    public Task Fix_locks_the_field_the_type_waits_on_and_pulses() => VerifyMLK005.Fix<MLK005LockOnFreshObjectCodeFix>("""
        using System.Threading;
        class Mailbox
        {
            private readonly object _gate = new();
            private int _count;
            public int Count { get { lock ({|MLK005:new object()|}) { return _count; } } }
            public void Put()
            {
                lock (_gate) { _count++; Monitor.PulseAll(_gate); }
            }
        }
        """, """
        using System.Threading;
        class Mailbox
        {
            private readonly object _gate = new();
            private int _count;
            public int Count { get { lock (_gate) { return _count; } } }
            public void Put()
            {
                lock (_gate) { _count++; Monitor.PulseAll(_gate); }
            }
        }
        """);

    [Test]
    public Task Fix_locks_a_new_readonly_field() => VerifyMLK005.Fix<MLK005LockOnFreshObjectCodeFix>("""
        class Counter
        {
            private int _count;

            public void Increment()
            {
                lock ({|MLK005:new object()|})
                {
                    _count++;
                }
            }
        }
        """, """
        class Counter
        {
            private readonly object _gate = new();
            private int _count;

            public void Increment()
            {
                lock (_gate)
                {
                    _count++;
                }
            }
        }
        """);

    [Test]
    public Task Fix_in_a_static_method_makes_a_static_gate_and_drops_the_local() => VerifyMLK005.Fix<MLK005LockOnFreshObjectCodeFix>("""
        class Counter
        {
            private static int s_count;

            public static void Increment()
            {
                var gate = new object();
                lock ({|MLK005:gate|})
                {
                    s_count++;
                }
            }
        }
        """, """
        class Counter
        {
            private static readonly object s_gate = new();
            private static int s_count;

            public static void Increment()
            {
                lock (s_gate)
                {
                    s_count++;
                }
            }
        }
        """);
}
