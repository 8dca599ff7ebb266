using NUnit.Framework;
using VerifyMLK002 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK002AggregateRecomputedAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK002AggregateRecomputedTests
{
    [Test]
    public Task Sum_over_a_queue_the_type_enqueues_to_and_dequeues_from_is_flagged() => VerifyMLK002.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        class Window
        {
            private readonly Queue<double> _values = new();
            public void Add(double value)
            {
                if (_values.Count == 10) { _values.Dequeue(); }
                _values.Enqueue(value);
            }

            public double Average => {|MLK002:_values.Sum()|} / _values.Count;
        }
        """);

    [Test]
    public Task Average_max_min_and_Count_over_a_list_used_as_a_window_are_flagged() => VerifyMLK002.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        class Stats
        {
            private readonly List<int> _latencies = new();
            public void Record(int latency)
            {
                _latencies.Add(latency);
                if (_latencies.Count > 100) { _latencies.RemoveAt(0); }
            }

            public double Mean() => {|MLK002:_latencies.Average()|};
            public int Worst() => {|MLK002:_latencies.Max()|};
            public int Best() => {|MLK002:_latencies.Min()|};
            public int Slow() => {|MLK002:_latencies.Count()|};
        }
        """);

    [Test]
    public Task An_array_field_written_element_by_element_is_flagged() => VerifyMLK002.Diagnostics("""
        using System.Linq;
        class Ring
        {
            private readonly double[] _slots = new double[8];
            private int _next;
            public void Add(double value) { _slots[_next] = value; _next = (_next + 1) % _slots.Length; }
            public double Total => {|MLK002:_slots.Sum()|};
        }
        """);

    [Test]
    public Task A_collection_filled_only_in_the_constructor_is_silent() => VerifyMLK002.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        class Prices
        {
            private readonly List<double> _prices = new();
            public Prices(IEnumerable<double> prices) { _prices.AddRange(prices); }
            public double Total() => _prices.Sum();
        }
        """);

    [Test]
    public Task Aggregating_a_parameter_or_a_local_is_silent() => VerifyMLK002.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        class Report
        {
            private readonly List<double> _history = new();
            public double Summarise(List<double> values)
            {
                var doubled = values.Select(v => v * 2).ToList();
                _history.Add(values.Sum());
                return doubled.Sum();
            }
        }
        """);

    [Test]
    public Task A_running_sum_is_silent() => VerifyMLK002.Diagnostics("""
        using System.Collections.Generic;
        class Window
        {
            private readonly Queue<double> _values = new();
            private double _sum;
            public void Add(double value) { _values.Enqueue(value); _sum += value; }
            public double Average => _sum / _values.Count;
        }
        """);

    [Test]
    public Task A_history_that_only_grows_is_not_a_window_and_is_silent() => VerifyMLK002.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        class Audit
        {
            private readonly List<double> _losses = new();
            public void Record(double loss) => _losses.Add(loss);
            public double Best() => _losses.Min();
        }
        """);

    // From a public bit-array type: the count of set bits over a field it changes in place.
    [Test]
    public Task A_bit_sets_count_of_set_bits_is_silent() => VerifyMLK002.Diagnostics("""
        using System.Linq;
        class Bits
        {
            private readonly bool[] _bits = new bool[64];
            public void Set(int index) => _bits[index] = true;
            public void Clear(int index) => _bits[index] = false;
            public int PopCount() => _bits.Count(b => b);
        }
        """);

    // From a public HyperLogLog: an estimate aggregated over registers updated at hashed indexes.
    [Test]
    public Task A_HyperLogLog_estimate_over_its_registers_is_silent() => VerifyMLK002.Diagnostics("""
        using System;
        using System.Linq;
        class HyperLogLog
        {
            private readonly byte[] _registers = new byte[1024];
            public void Add(ulong hash)
            {
                var index = (int)(hash & 1023);
                var rank = (byte)(System.Numerics.BitOperations.LeadingZeroCount(hash | 1023) + 1);
                _registers[index] = Math.Max(_registers[index], rank);
            }

            public double Estimate() => 0.7213 * 1024 * 1024 / _registers.Sum(r => Math.Pow(2, -r));
        }
        """);
}
