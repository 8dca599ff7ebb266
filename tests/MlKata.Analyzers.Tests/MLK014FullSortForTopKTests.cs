using Microsoft.CodeAnalysis.Testing;
using NUnit.Framework;
using VerifyMLK014 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK014FullSortForTopKAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK014FullSortForTopKTests
{
    [Test]
    public Task OrderBy_then_Take_k_is_flagged() => VerifyMLK014.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        record Hit(int Row, float Score);
        class Ranker
        {
            private readonly int _k = 5;
            private const int Shown = 10;
            public List<Hit> Best(IEnumerable<Hit> hits, int k) => {|MLK014:hits.OrderByDescending(h => h.Score).ThenBy(h => h.Row).Take(k)|}.ToList();
            public int[] Smallest(int[] values) => {|MLK014:values.Order().Take(Shown)|}.ToArray();
            public IEnumerable<Hit> Kept(List<Hit> hits) => {|MLK014:hits.OrderBy(h => h.Score).Take(Math.Min(_k, hits.Count))|};
            public IEnumerable<Hit> OneMore(List<Hit> hits, int k)
            {
                var n = k + 1;
                return {|MLK014:hits.OrderBy(h => h.Score).Take(n)|};
            }
        }
        """);

    [Test]
    public Task Sort_then_Take_GetRange_or_a_loop_to_k_is_flagged() => VerifyMLK014.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        class TopScores
        {
            public static List<double> ViaTake(IEnumerable<double> scores, int k)
            {
                var copy = new List<double>(scores);
                {|MLK014:copy.Sort((a, b) => b.CompareTo(a))|};
                return copy.Take(k).ToList();
            }

            public static List<double> ViaRange(List<double> scores, int k)
            {
                var copy = scores.ToList();
                {|MLK014:copy.Sort()|};
                return copy.GetRange(0, k);
            }

            public static double[] ViaLoop(double[] scores, int k)
            {
                var copy = (double[])scores.Clone();
                {|MLK014:Array.Sort(copy)|};
                var best = new double[k];
                for (var i = 0; i < k; i++) best[i] = copy[i];
                return best;
            }

            public static IEnumerable<string> ViaOrderedList(Dictionary<string, int> counts, int k)
            {
                var ordered = {|MLK014:counts.OrderByDescending(kv => kv.Value).ToList()|};
                return ordered.Take(k).Select(kv => kv.Key);
            }
        }
        """);

    [Test]
    public Task A_percentile_read_from_a_sorted_copy_of_a_field_is_flagged() => VerifyMLK014.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        class LatencyTracker
        {
            private readonly List<double> _latencies = new();
            private readonly Queue<double> _window = new();
            public void Record(double ms) { _latencies.Add(ms); _window.Enqueue(ms); }

            public double P95()
            {
                var sorted = {|MLK014:_latencies.OrderBy(x => x).ToList()|};
                return sorted[(int)(sorted.Count * 0.95)];
            }

            public double Percentile(double p)
            {
                var copy = _window.ToArray();
                {|MLK014:Array.Sort(copy)|};
                var rank = (int)Math.Ceiling(p * copy.Length) - 1;
                return copy[rank];
            }
        }
        """);

    [Test]
    public Task A_field_sorted_in_place_to_read_its_middle_is_flagged() => VerifyMLK014.Diagnostics("""
        using System;
        using System.Collections.Generic;
        class RunningMedian
        {
            private readonly List<int> _values = new();
            private readonly double[] _window = new double[64];
            public void Add(int value) => _values.Add(value);

            public double Median
            {
                get
                {
                    {|MLK014:_values.Sort()|};
                    var middle = _values.Count / 2;
                    return _values.Count % 2 == 1 ? _values[middle] : (_values[middle - 1] + _values[middle]) / 2.0;
                }
            }

            public double P90()
            {
                {|MLK014:Array.Sort(_window)|};
                return _window[(int)(_window.Length * 0.9)];
            }
        }
        """);

    [Test]
    public Task A_field_sorted_in_place_and_read_whole_or_at_a_fixed_index_is_silent() => VerifyMLK014.Diagnostics("""
        using System.Collections.Generic;
        class Leaderboard
        {
            private readonly List<int> _scores = new();
            public void Add(int score) => _scores.Add(score);

            public IReadOnlyList<int> Ranked()
            {
                _scores.Sort();
                return _scores;
            }

            public int Lowest(List<int> other)
            {
                _scores.Sort();
                return other[other.Count / 2] + _scores[0];
            }
        }
        """);

    [Test]
    public Task The_message_names_the_sort_and_what_it_is_for() => VerifyMLK014.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        class Stats
        {
            private readonly List<double> _values = new();
            public IEnumerable<double> Top(int k) => {|#0:_values.OrderByDescending(v => v).Take(k)|};
            public double P99()
            {
                var sorted = _values.ToArray();
                {|#1:System.Array.Sort(sorted)|};
                return sorted[(int)(0.99 * (sorted.Length - 1))];
            }
        }
        """,
        Expected(0, "OrderByDescending(…).Take(k) orders every item on each call to use the first k; a bounded heap (PriorityQueue) keeps the top k in O(n log k) time and O(k) memory"),
        Expected(1, "Sort orders every item on each call to use one percentile; a selection (quickselect) finds one rank in O(n) on average"));

    // The kata mistake that sorts all n similarities per query to take k.
    [Test]
    public Task The_nearest_neighbour_full_sort_mistake_is_flagged()
    {
        var mistake = KataCode.MistakeText("nearest-neighbor-search", "full-sort-per-query", "EmbeddingIndex.cs");
        var start = mistake.IndexOf("Enumerable.Range(0, Count)", StringComparison.Ordinal);
        var end = mistake.IndexOf(".Take(k)", start, StringComparison.Ordinal) + ".Take(k)".Length;
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the mistake's query has changed: update this test");
        var marked = mistake[..start] + "{|MLK014:" + mistake[start..end] + "|}" + mistake[end..];

        return VerifyMLK014.Diagnostics(NoPolicy, [marked, KataCode.ImplicitUsings]);
    }

    [Test]
    public Task Ordering_without_Take_or_taking_the_whole_collection_is_silent() => VerifyMLK014.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        record Item(string Name, int Rank);
        class Listing
        {
            public List<Item> All(IEnumerable<Item> items) => items.OrderBy(i => i.Name).ToList();
            public List<Item> Whole(List<Item> items) => items.OrderBy(i => i.Rank).Take(items.Count).ToList();
            public Item Best(List<Item> items) => items.OrderBy(i => i.Rank).First();
            public Item? Worst(List<Item> items) => items.OrderBy(i => i.Rank).LastOrDefault();
            public IEnumerable<Item> One(List<Item> items) => items.OrderBy(i => i.Rank).Take(1);
            public IEnumerable<Item> Unsorted(List<Item> items, int k) => items.Take(k);
        }
        """);

    [Test]
    public Task Skip_Take_paging_is_silent() => VerifyMLK014.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        record Item(string Name);
        class Pager
        {
            public List<Item> Page(IEnumerable<Item> items, int page, int size) =>
                items.OrderBy(i => i.Name).Skip(page * size).Take(size).ToList();
        }
        """);

    [Test]
    public Task A_sort_in_a_constructor_or_kept_in_a_field_is_silent() => VerifyMLK014.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        class Leaderboard
        {
            private readonly List<int> _sorted;
            private List<int> _top = new();
            private int[] _ranked = [];
            private readonly int[] _prefix;

            public Leaderboard(IEnumerable<int> scores, int k)
            {
                _sorted = scores.ToList();
                _sorted.Sort();
                var local = scores.ToArray();
                System.Array.Sort(local);
                _prefix = local.Take(k).ToArray();
                _top = scores.OrderByDescending(s => s).Take(k).ToList();
            }

            public void Refresh(IEnumerable<int> scores, int k)
            {
                _top = scores.OrderByDescending(s => s).Take(k).ToList();
                var ranked = scores.ToArray();
                System.Array.Sort(ranked);
                _ranked = ranked;
                var best = ranked.Take(k).Sum();
            }

            public int Top(int k) => _sorted.Take(k).Sum() + _top.Count + _ranked.Length + _prefix.Length;
        }
        """);

    [Test]
    public Task Taking_k_of_a_shuffle_is_a_sample_and_is_silent() => VerifyMLK014.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        class Sampler
        {
            private readonly Random _random = new(42);
            public List<int> Sample(List<int> items, int k) => items.OrderBy(_ => _random.Next()).Take(k).ToList();
            public int[] Pick(int[] items) => items.OrderBy(_ => Guid.NewGuid()).Take(3).ToArray();
            public IEnumerable<int> Mixed(List<int> items, int k) => items.OrderBy(i => i % 2).ThenBy(_ => Random.Shared.NextDouble()).Take(k);
        }
        """);

    [Test]
    public Task A_database_query_is_silent() => VerifyMLK014.Diagnostics("""
        using System.Linq;
        record Post(int Id, System.DateTime At);
        class Feed
        {
            public IQueryable<Post> Latest(IQueryable<Post> posts, int k) => posts.OrderByDescending(p => p.At).Take(k);
        }
        """);

    [Test]
    public Task A_sorted_local_read_whole_or_at_an_integer_rank_is_silent() => VerifyMLK014.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        class Summary
        {
            private readonly List<double> _values = new();
            public void Add(double v) => _values.Add(v);

            public double Median()
            {
                var sorted = _values.OrderBy(v => v).ToArray();
                return sorted[sorted.Length / 2];
            }

            public double Spread()
            {
                var sorted = _values.ToArray();
                System.Array.Sort(sorted);
                var n = sorted.Length;
                var total = 0.0;
                for (var i = 0; i < n - 1; i++) total += sorted[i + 1] - sorted[i];
                for (var i = 0; i < sorted.Length; i++) total += sorted[i];
                return total;
            }

            public static double Quantile(double[] values, double q)
            {
                var sorted = values.OrderBy(v => v).ToArray();
                return sorted[(int)(q * (sorted.Length - 1))];
            }
        }
        """);

    private const string NoPolicy = "root = true\n";

    private static DiagnosticResult Expected(int location, string message) =>
        new DiagnosticResult(Rules.FullSortForTopK).WithLocation(location).WithMessage(message);
}
