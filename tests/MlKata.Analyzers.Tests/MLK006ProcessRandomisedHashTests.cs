using MlKata.Analyzers.CodeFixes;
using NUnit.Framework;
using VerifyMLK006 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK006ProcessRandomisedHashAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK006ProcessRandomisedHashTests
{
    [Test]
    public Task Ab_bucket_compared_with_a_treatment_share_is_flagged() => VerifyMLK006.Diagnostics("""
        using System;
        class Rollout
        {
            private readonly int _treatmentPercent = 10;
            public bool Sees(string userId) => Math.Abs({|MLK006:userId.GetHashCode()|}) % 100 < _treatmentPercent;
        }
        """);

    [Test]
    public Task Variant_from_a_combined_hash_is_flagged_by_the_method_and_the_hashed_names() => VerifyMLK006.Diagnostics("""
        using System;
        class Experiments
        {
            public string Assign(string user, string experiment) => {|MLK006:HashCode.Combine(user, experiment)|} % 2 == 0 ? "control" : "treatment";
            public int Arm(string user, string experiment)
            {
                var hash = {|MLK006:HashCode.Combine(user, experiment)|};
                return (hash & int.MaxValue) % 3;
            }
        }
        """);

    [Test]
    public Task Hash_ring_keyed_by_GetHashCode_is_flagged() => VerifyMLK006.Diagnostics("""
        using System.Collections.Generic;
        class Ring
        {
            private readonly SortedDictionary<int, string> _ring = new();
            private readonly SortedList<int, string> _virtual = new();
            public void AddNode(string node, int replicas)
            {
                _ring.Add({|MLK006:node.GetHashCode()|}, node);
                for (var i = 0; i < replicas; i++)
                {
                    _virtual[{|MLK006:$"{node}#{i}".GetHashCode()|}] = node;
                }
            }
        }
        """);

    [Test]
    public Task Ring_in_a_nested_type_is_flagged_once() => VerifyMLK006.Diagnostics("""
        using System.Collections.Generic;
        class Cluster
        {
            private readonly Ring _ring = new();
            public void Join(string node) => _ring.Add(node);
            private sealed class Ring
            {
                private readonly SortedList<int, string> _points = new();
                public void Add(string node) => _points.Add({|MLK006:node.GetHashCode()|}, node);
            }
        }
        """);

    [Test]
    public Task Shard_chosen_by_modulo_is_flagged() => VerifyMLK006.Diagnostics("""
        using System.Collections.Generic;
        class Router
        {
            private readonly string[] _shards = ["db-0", "db-1", "db-2"];
            private readonly List<string> _hosts = ["a", "b"];
            public string ShardOf(string key)
            {
                var shard = {|MLK006:key.GetHashCode()|} % _shards.Length;
                return _shards[shard < 0 ? -shard : shard];
            }
            public string HostOf(string key) => _hosts[(int)((uint){|MLK006:EqualityComparer<string>.Default.GetHashCode(key)|} % (uint)_hosts.Count)];
            public string Pick(string key, string[] servers) => servers[{|MLK006:System.StringComparer.Ordinal.GetHashCode(key)|} & (servers.Length - 1)];
        }
        """);

    [Test]
    public Task Hash_returned_by_a_helper_of_the_type_is_flagged_where_it_is_computed() => VerifyMLK006.Diagnostics("""
        using System.Collections.Generic;
        class ConsistentHashRing
        {
            private readonly SortedDictionary<uint, string> _positions = new();
            public void Add(string node) => _positions[Position(node)] = node;
            private static uint Position(string key) => (uint)Hash(key);
            private static int Hash(string key) => {|MLK006:key.GetHashCode()|};
        }
        """);

    [Test]
    public Task Binary_search_for_a_hash_is_flagged() => VerifyMLK006.Diagnostics("""
        using System;
        class Lookup
        {
            private readonly int[] _points = new int[64];
            public int Owner(string key)
            {
                var i = Array.BinarySearch(_points, {|MLK006:key.GetHashCode()|});
                return i < 0 ? ~i % _points.Length : i;
            }
        }
        """);

    [Test]
    public Task Hash_written_to_a_file_or_naming_one_is_flagged() => VerifyMLK006.Diagnostics("""
        using System.IO;
        class DiskStore
        {
            public string PathFor(string dir, string url) => Path.Combine(dir, $"{{|MLK006:url.GetHashCode()|}}.json");
            public void Save(string path, string text) => File.WriteAllText(path, {|MLK006:text.GetHashCode()|}.ToString());
            public void Write(BinaryWriter writer, (string, int) key) => writer.Write({|MLK006:key.GetHashCode()|});
        }
        """);

    [Test]
    public Task Records_tuples_identity_hashes_and_HashCode_builders_are_randomised_too() => VerifyMLK006.Diagnostics("""
        using System;
        using System.Collections.Generic;
        record Key(string User, string Experiment);
        class Server { public string Name = ""; }
        class Placement
        {
            private readonly SortedSet<int> _ring = new();
            public int Variant(Key key) => {|MLK006:key.GetHashCode()|} % 4;
            public int Cohort(string user, int week) => Math.Abs({|MLK006:(user, week).GetHashCode()|}) % 10;
            public void Join(Server server) => _ring.Add({|MLK006:server.GetHashCode()|});
            public int Partition(string a, string b)
            {
                var hash = new HashCode();
                hash.Add(a);
                hash.Add(b);
                return {|MLK006:hash.ToHashCode()|} % 8;
            }
        }
        """);

    [Test]
    public Task Raw_hash_returned_as_a_partition_key_is_flagged() => VerifyMLK006.Diagnostics("""
        using System;
        class Order
        {
            public string Customer { get; set; } = "";
            public string Region { get; set; } = "";
            public int PartitionKey => {|MLK006:HashCode.Combine(Customer, Region)|};
        }
        """);

    [Test]
    public Task GetHashCode_overrides_and_equality_comparers_are_silent() => VerifyMLK006.Diagnostics("""
        using System;
        using System.Collections.Generic;
        sealed class Point(string label, int x)
        {
            public string Label { get; } = label;
            public int X { get; } = x;
            public override int GetHashCode() => HashCode.Combine(Label, X) % 1024;
            public override bool Equals(object? obj) => obj is Point p && p.Label.GetHashCode() % 7 == Label.GetHashCode() % 7 && p.X == X;
        }
        sealed class ArrayKey : IEqualityComparer<float[]>
        {
            public bool Equals(float[]? a, float[]? b) => a is not null && b is not null && a.AsSpan().SequenceEqual(b);
            public int GetHashCode(float[] features)
            {
                var hash = new HashCode();
                foreach (var f in features) hash.Add(f);
                return hash.ToHashCode();
            }
        }
        """);

    [Test]
    public Task A_hash_tables_own_buckets_are_silent() => VerifyMLK006.Diagnostics("""
        sealed class OpenAddressing<TKey, TValue> where TKey : notnull
        {
            private sealed class Entry(TKey key, TValue value, Entry? next)
            {
                public TKey Key = key; public TValue Value = value; public Entry? Next = next;
            }
            private Entry?[] _buckets = new Entry?[16];
            private int IndexFor(TKey key) => (key.GetHashCode() & 0x7FFFFFFF) % _buckets.Length;
            public void Put(TKey key, TValue value) => _buckets[IndexFor(key)] = new Entry(key, value, _buckets[IndexFor(key)]);
            public TValue? FindNode(TKey key)
            {
                var node = _buckets[(key.GetHashCode() & int.MaxValue) % _buckets.Length];
                while (node is not null && !node.Key.Equals(key)) node = node.Next;
                return node is null ? default : node.Value;
            }
        }
        """);

    [Test]
    public Task Bloom_filters_sketches_and_bit_sets_are_silent() => VerifyMLK006.Diagnostics("""
        using System;
        using System.Collections;
        sealed class BloomFilter(int bits)
        {
            private readonly BitArray _bits = new(bits);
            public void Add(string item)
            {
                for (var i = 0; i < 3; i++) _bits[(int)((uint)HashCode.Combine(item, i) % (uint)_bits.Length)] = true;
            }
        }
        sealed class CountMin(int width)
        {
            private readonly int[,] _table = new int[4, width];
            public void Add(string item)
            {
                for (var row = 0; row < 4; row++) _table[row, (int)((uint)HashCode.Combine(item, row) % (uint)width)]++;
            }
        }
        sealed class SeenUsers
        {
            private readonly bool[] _seen = new bool[1 << 16];
            public bool Check(string user) => _seen[user.GetHashCode() & (_seen.Length - 1)];
        }
        """);

    [Test]
    public Task In_memory_shards_and_lock_stripes_are_silent_whatever_their_name() => VerifyMLK006.Diagnostics("""
        using System.Collections.Generic;
        sealed class ShardedCounter
        {
            private readonly Dictionary<string, long>[] _shards = [new(), new(), new(), new()];
            private readonly object[] _shardLocks = [new(), new(), new(), new()];
            public void Increment(string key)
            {
                var shard = (key.GetHashCode() & int.MaxValue) % _shards.Length;
                lock (_shardLocks[shard])
                {
                    _shards[shard][key] = _shards[shard].GetValueOrDefault(key) + 1;
                }
            }
        }
        sealed class Partition
        {
            private readonly List<string> _items = [];
            public void Add(string item) => _items.Add(item);
        }
        sealed class Partitioner
        {
            private readonly Partition[] _partitions = [new(), new()];
            public void Route(string item) => _partitions[(item.GetHashCode() & int.MaxValue) % _partitions.Length].Add(item);
        }
        """);

    [Test]
    public Task Hashes_kept_in_memory_logged_or_used_as_seeds_are_silent() => VerifyMLK006.Diagnostics("""
        using System;
        using System.Collections.Generic;
        sealed class Sampler
        {
            private readonly HashSet<int> _seen = [];
            public bool FirstTime(string key) => _seen.Add(key.GetHashCode());
            public Random RandomFor(string name) => new(name.GetHashCode());
            public void Log(string key) => Console.WriteLine($"{key} hashes to {key.GetHashCode()}");
            public bool Sampled(string requestId) => requestId.GetHashCode() % 100 == 0;
            public int Mix(string a, string b) => HashCode.Combine(a, b) ^ 0x5bd1e995;
            public void Digest(System.IO.MemoryStream buffer, string key) => buffer.WriteByte((byte)key.GetHashCode());
        }
        """);

    [Test]
    public Task Stable_hashes_and_types_with_their_own_GetHashCode_are_silent() => VerifyMLK006.Diagnostics("""
        using System;
        using System.Collections.Generic;
        sealed class NodeId(int value)
        {
            public int Value { get; } = value;
            public override int GetHashCode() => Value;
        }
        sealed class StableRouter
        {
            private readonly string[] _nodes = ["a", "b", "c"];
            private readonly SortedDictionary<uint, string> _ring = new();
            public string ById(int userId) => _nodes[userId.GetHashCode() % _nodes.Length];
            public string ByGuid(Guid id) => _nodes[(id.GetHashCode() & int.MaxValue) % _nodes.Length];
            public string ByNodeId(NodeId id) => _nodes[id.GetHashCode() % _nodes.Length];
            public void Add(string node) => _ring[Fnv1a(node)] = node;
            public string ByStableHash(string key) => _nodes[Fnv1a(key) % (uint)_nodes.Length];
            private static uint Fnv1a(string text)
            {
                var hash = 2166136261u;
                foreach (var c in text) hash = (hash ^ c) * 16777619u;
                return hash;
            }
        }
        """);

    [Test]
    public Task Dictionaries_and_caches_that_place_by_hash_are_silent() => VerifyMLK006.Diagnostics("""
        using System.Collections;
        using System.Collections.Generic;
        sealed class NodeCache
        {
            private readonly string[] _nodes = ["a", "b"];
            public string NodeFor(string key) => _nodes[(key.GetHashCode() & int.MaxValue) % _nodes.Length];
        }
        sealed class SymbolTable(string[] names)
        {
            private readonly int[] _hashes = Sorted(names);
            public bool Contains(string name) => System.Array.BinarySearch(_hashes, name.GetHashCode()) >= 0;
            private static int[] Sorted(string[] names) { var h = System.Array.ConvertAll(names, n => n.GetHashCode()); System.Array.Sort(h); return h; }
        }
        sealed class ShardSet : IEnumerable<string>
        {
            private readonly List<string>[] _parts = [[], []];
            public int ShardOf(string item) => (item.GetHashCode() & int.MaxValue) % _parts.Length;
            public IEnumerator<string> GetEnumerator() => _parts[0].GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
        """);

    [Test]
    public Task Fix_hashes_a_string_with_sha256() => VerifyMLK006.Fix<MLK006ProcessRandomisedHashCodeFix>("""
        using System;
        class Router
        {
            private readonly string[] _shards = ["db-0", "db-1"];
            public string ShardOf(string key) => _shards[Math.Abs({|MLK006:key.GetHashCode()|}) % _shards.Length];
        }
        """, """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        class Router
        {
            private readonly string[] _shards = ["db-0", "db-1"];
            public string ShardOf(string key) => _shards[Math.Abs(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)))) % _shards.Length];
        }
        """);

    [Test]
    public Task Fix_keeps_an_interpolated_receiver_whole() => VerifyMLK006.Fix<MLK006ProcessRandomisedHashCodeFix>("""
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;
        class Ring
        {
            private readonly SortedDictionary<int, string> _ring = new();
            public void Add(string node, int i) => _ring[{|MLK006:$"{node}#{i}".GetHashCode()|}] = node;
        }
        """, """
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;
        class Ring
        {
            private readonly SortedDictionary<int, string> _ring = new();
            public void Add(string node, int i) => _ring[BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes($"{node}#{i}")))] = node;
        }
        """);

    [Test]
    public Task HashCode_Combine_has_no_fix() => VerifyMLK006.Fix<MLK006ProcessRandomisedHashCodeFix>("""
        using System;
        class Experiments
        {
            public int Variant(string user, string experiment) => {|MLK006:HashCode.Combine(user, experiment)|} % 2;
        }
        """, """
        using System;
        class Experiments
        {
            public int Variant(string user, string experiment) => {|MLK006:HashCode.Combine(user, experiment)|} % 2;
        }
        """);
}
