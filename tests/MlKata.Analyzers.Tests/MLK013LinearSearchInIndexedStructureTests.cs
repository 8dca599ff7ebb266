using Microsoft.CodeAnalysis.Testing;
using NUnit.Framework;
using VerifyMLK013 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK013LinearSearchInIndexedStructureAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK013LinearSearchInIndexedStructureTests
{
    [Test]
    public Task LRU_cache_removing_a_key_from_its_linked_list_by_value_is_flagged() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        class LruCache
        {
            private readonly int _capacity;
            private readonly Dictionary<int, LinkedListNode<int>> _nodes = new();
            private readonly Dictionary<int, string> _values = new();
            private readonly LinkedList<int> _order = new();
            public LruCache(int capacity) => _capacity = capacity;

            public string? Get(int key)
            {
                if (!_nodes.ContainsKey(key)) return null;
                {|MLK013:_order.Remove(key)|};
                _nodes[key] = _order.AddFirst(key);
                return _values[key];
            }

            public void Put(int key, string value)
            {
                if (_nodes.ContainsKey(key)) {|MLK013:_order.Remove(key)|};
                _nodes[key] = _order.AddFirst(key);
                _values[key] = value;
                if (_nodes.Count > _capacity)
                {
                    var oldest = _order.Last!.Value;
                    _order.RemoveLast();
                    _nodes.Remove(oldest);
                    _values.Remove(oldest);
                }
            }
        }
        """);

    [Test]
    public Task LRU_cache_keeping_its_order_in_a_list_of_keys_is_flagged() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        class LruCache<TKey, TValue> where TKey : notnull
        {
            private readonly Dictionary<TKey, TValue> _map = new();
            private readonly List<TKey> _order = new();

            public bool TryGet(TKey key, out TValue value)
            {
                if (!_map.TryGetValue(key, out value!)) return false;
                {|MLK013:_order.Remove(key)|};
                _order.Add(key);
                return true;
            }

            public void Put(TKey key, TValue value)
            {
                if (_map.ContainsKey(key)) {|MLK013:_order.Remove(key)|};
                else if (_map.Count == 16) { _map.Remove(_order[0]); _order.RemoveAt(0); }
                _map[key] = value;
                _order.Add(key);
            }
        }
        """);

    [Test]
    public Task Randomized_set_removing_from_its_list_by_value_is_flagged() => VerifyMLK013.Diagnostics("""
        using System;
        using System.Collections.Generic;
        class RandomizedSet
        {
            private readonly Dictionary<int, int> _index = new();
            private readonly List<int> _items = new();
            private readonly Random _random = new(7);

            public bool Insert(int val)
            {
                if (_index.ContainsKey(val)) return false;
                _index[val] = _items.Count;
                _items.Add(val);
                return true;
            }

            public bool Remove(int val)
            {
                if (!_index.Remove(val)) return false;
                {|MLK013:_items.Remove(val)|};
                for (var i = 0; i < _items.Count; i++) _index[_items[i]] = i;
                return true;
            }

            public int GetRandom() => _items[_random.Next(_items.Count)];
        }
        """);

    [Test]
    public Task Contains_and_IndexOf_beside_a_set_or_dictionary_of_the_same_items_are_flagged() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        class Vocabulary
        {
            private readonly Dictionary<string, int> _ids = new();
            private readonly List<string> _tokens = new();
            private readonly HashSet<string> _seen = new();
            private readonly List<string> _firstSeen = new();

            public int Add(string token)
            {
                if (_ids.TryGetValue(token, out var id)) return id;
                _tokens.Add(token);
                _ids.Add(token, _tokens.Count - 1);
                return _tokens.Count - 1;
            }

            public int IdOf(string token) => _ids.ContainsKey(token) ? {|MLK013:_tokens.IndexOf(token)|} : -1;

            public void See(string token)
            {
                if ({|MLK013:_firstSeen.Contains(token)|}) return;
                _seen.Add(token);
                _firstSeen.Add(token);
            }
        }
        """);

    [Test]
    public Task Finding_in_a_linked_list_whose_nodes_a_dictionary_holds_is_flagged() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        record Entry(string Key, double Value);
        class Cache
        {
            private readonly Dictionary<string, LinkedListNode<Entry>> _nodes = new();
            private readonly LinkedList<Entry> _entries = new();

            public void Put(string key, double value)
            {
                var node = new LinkedListNode<Entry>(new Entry(key, value));
                _entries.AddFirst(node);
                _nodes[key] = node;
            }

            public void Touch(string key)
            {
                var entry = _nodes[key].Value;
                var found = {|MLK013:_entries.Find(entry)|}!;
                _entries.Remove(found);
                _entries.AddFirst(found);
            }
        }
        """);

    [Test]
    public Task Scanning_a_dictionarys_entries_for_one_key_is_flagged() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        class Prices
        {
            private readonly Dictionary<string, decimal> _prices = new();

            public decimal Of(string sku) => {|MLK013:_prices.First(kv => kv.Key == sku)|}.Value;
            public bool Has(string sku) => {|MLK013:_prices.Any(kv => kv.Key.Equals(sku))|};
            public bool Listed(string sku) => {|MLK013:_prices.Where(kv => string.Equals(kv.Key, sku) && kv.Value > 0)|}.Any();

            public static decimal Lookup(IReadOnlyDictionary<string, decimal> prices, string sku)
            {
                foreach (var kv in prices)
                {
                    if ({|MLK013:kv.Key == sku|}) return kv.Value;
                }

                return 0;
            }

            public static decimal Deconstructed(Dictionary<string, decimal> prices, string sku)
            {
                foreach (var (key, price) in prices)
                {
                    if ({|MLK013:key == sku|})
                    {
                        return price;
                    }
                }

                return 0;
            }
        }
        """);

    [Test]
    public Task The_message_names_the_search_the_list_the_index_and_what_to_use_instead() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        class Members
        {
            private readonly Dictionary<int, int> _at = new();
            private readonly List<int> _items = new();
            private readonly Dictionary<string, double> _scores = new();
            private readonly LinkedList<string> _recent = new();
            private readonly Dictionary<string, int> _ids = new();
            private readonly List<string> _order = new();

            public void Add(int id) { _at[id] = _items.Count; _items.Add(id); }
            public void Drop(int id) { if (_at.Remove(id)) {|#0:_items.Remove(id)|}; }
            public bool Has(int id) => _at.Count > 0 && {|#1:_items.Contains(id)|};

            public void Score(string name, double score) { _scores[name] = score; _recent.AddLast(name); }
            public void Forget(string name) { _scores.Remove(name); {|#2:_recent.Remove(name)|}; }

            public int Touch(string name)
            {
                if (!_ids.ContainsKey(name)) _ids[name] = _ids.Count;
                {|#3:_order.Remove(name)|};
                _order.Add(name);
                return _ids[name];
            }
        }
        """,
        Expected(0, "Remove searches '_items' item by item for a key that '_at' finds in O(1); use the position '_at' holds, and remove by moving the last item into it"),
        Expected(1, "Contains searches '_items' item by item for a key that '_at' finds in O(1); ask '_at' instead"),
        Expected(2, "Remove searches '_recent' item by item for a key that '_scores' finds in O(1); keep each item's node in '_scores' and use it: LinkedList.Remove(node) is O(1)"),
        Expected(3, "Remove searches '_order' item by item for a key that '_ids' finds in O(1); keep the order in a LinkedList and each item's node in '_ids'"));

    [Test]
    public Task The_message_of_a_scan_names_the_dictionary() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        class Prices
        {
            public static bool Has(Dictionary<string, decimal> prices, string sku) => {|#0:prices.Any(kv => kv.Key == sku)|};
        }
        """,
        Expected(0, "Any searches 'prices' item by item for a key that 'prices' finds in O(1); look the key up with TryGetValue or ContainsKey"));

    [Test]
    public Task Lists_that_are_a_dictionarys_values_are_silent() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        class InvertedIndex
        {
            private readonly Dictionary<string, List<int>> _postings = new();
            private readonly List<string> _terms = new();

            public void Add(string term, int doc)
            {
                if (!_postings.TryGetValue(term, out var docs)) { docs = new List<int>(); _postings[term] = docs; _terms.Add(term); }
                if (!docs.Contains(doc)) docs.Add(doc);
            }

            public void Remove(string term, int doc)
            {
                _postings[term].Remove(doc);
                if (_postings.TryGetValue(term, out var docs) && docs.IndexOf(doc) < 0) docs.Add(doc);
            }
        }
        """);

    [Test]
    public Task A_list_in_a_type_without_a_dictionary_is_silent() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        class Playlist
        {
            private readonly List<string> _songs = new();
            public void Add(string song) { if (!_songs.Contains(song)) _songs.Add(song); }
            public void Remove(string song) => _songs.Remove(song);
            public int Position(string song) => _songs.IndexOf(song);
        }
        """);

    [Test]
    public Task Searching_a_set_or_a_dictionary_itself_is_silent() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        class Seen
        {
            private readonly HashSet<string> _seen = new();
            private readonly Dictionary<string, int> _counts = new();
            public bool Visit(string url)
            {
                _counts[url] = _counts.GetValueOrDefault(url) + 1;
                if (_seen.Contains(url)) return false;
                _seen.Remove("");
                return _seen.Add(url);
            }
        }
        """);

    [Test]
    public Task Filtering_a_dictionary_on_its_values_or_on_more_than_a_key_is_silent() => VerifyMLK013.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        class Counts
        {
            private readonly Dictionary<string, int> _counts = new();
            public IEnumerable<string> Frequent() => _counts.Where(kv => kv.Value > 3).Select(kv => kv.Key);
            public IEnumerable<string> Prefixed(string prefix) => _counts.Where(kv => kv.Key.StartsWith(prefix)).Select(kv => kv.Key);
            public bool Self() => _counts.Any(kv => kv.Key == kv.Value.ToString());
            public bool AnyCase(string word) => _counts.Any(kv => string.Equals(kv.Key, word, StringComparison.OrdinalIgnoreCase));
            public int Either(string a, string b) => _counts.Count(kv => kv.Key == a || kv.Key == b);
            public int Indexed(string word) => _counts.Where((kv, i) => kv.Key == word && i > 0).Count();
        }
        """);

    [Test]
    public Task A_foreach_over_a_dictionary_that_does_more_than_test_one_key_is_silent() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        class Totals
        {
            public static (int Total, int Hit) Sum(Dictionary<string, int> counts, string word)
            {
                int total = 0, hit = 0;
                foreach (var kv in counts)
                {
                    total += kv.Value;
                    if (kv.Key == word) hit = kv.Value;
                }

                return (total, hit);
            }

            public static string? Above(Dictionary<string, int> counts, int threshold)
            {
                foreach (var kv in counts)
                {
                    if (kv.Value > threshold) return kv.Key;
                }

                return null;
            }
        }
        """);

    [Test]
    public Task Scanning_a_list_of_pairs_that_is_not_a_dictionary_is_silent() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        class Headers
        {
            private readonly List<KeyValuePair<string, string>> _headers = new();
            public IEnumerable<string> All(string name) => _headers.Where(h => h.Key == name).Select(h => h.Value);
        }
        """);

    [Test]
    public Task The_correct_LRU_cache_and_randomized_set_are_silent() => VerifyMLK013.Diagnostics("""
        using System;
        using System.Collections.Generic;
        class LruCache
        {
            private readonly Dictionary<int, LinkedListNode<(int Key, string Value)>> _nodes = new();
            private readonly LinkedList<(int Key, string Value)> _order = new();

            public string? Get(int key)
            {
                if (!_nodes.TryGetValue(key, out var node)) return null;
                _order.Remove(node);
                _order.AddFirst(node);
                return node.Value.Value;
            }

            public void Put(int key, string value)
            {
                if (_nodes.TryGetValue(key, out var old)) _order.Remove(old);
                _nodes[key] = _order.AddFirst((key, value));
            }
        }

        class RandomizedSet
        {
            private readonly Dictionary<int, int> _index = new();
            private readonly List<int> _items = new();
            private readonly Random _random = new(7);

            public bool Insert(int val)
            {
                if (!_index.TryAdd(val, _items.Count)) return false;
                _items.Add(val);
                return true;
            }

            public bool Remove(int val)
            {
                if (!_index.Remove(val, out var at)) return false;
                var last = _items[^1];
                _items.RemoveAt(_items.Count - 1);
                if (at < _items.Count) { _items[at] = last; _index[last] = at; }
                return true;
            }

            public int GetRandom() => _items[_random.Next(_items.Count)];
        }
        """);

    [Test]
    public Task A_list_of_other_items_of_the_key_type_is_silent() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        class WordCounter
        {
            private readonly Dictionary<string, int> _counts = new();
            private readonly List<string> _stopWords = new() { "a", "the" };
            private readonly List<string> _misses = new();
            private readonly Dictionary<string, string> _cache = new();

            public void Count(string word)
            {
                if (_stopWords.Contains(word)) return;
                _counts[word] = _counts.GetValueOrDefault(word) + 1;
            }

            public string Lookup(string key)
            {
                if (_cache.TryGetValue(key, out var value)) return value;
                if (!_misses.Contains(key)) _misses.Add(key);
                return "";
            }
        }
        """);

    // The list holds the index's items, but this member does not have the index at hand: it may be
    // the only member that answers from the list, and precision is worth more than this case.
    [Test]
    public Task A_search_in_a_member_that_never_uses_the_index_is_silent() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        class OrderedSet
        {
            private readonly HashSet<int> _members = new();
            private readonly List<int> _order = new();
            public void Add(int id) { if (_members.Add(id)) _order.Add(id); }
            public int Position(int id) => _order.IndexOf(id);
        }
        """);

    // An ordered dictionary or set keeps insertion order in a List: removing a key must shift the
    // rest whatever the index holds, and positions (IndexOf) are what the list is for.
    [Test]
    public Task An_ordered_dictionary_or_set_removing_from_its_list_of_keys_is_silent() => VerifyMLK013.Diagnostics("""
        using System.Collections.Generic;
        class OrderedDictionary<TKey, TValue> where TKey : notnull
        {
            private readonly Dictionary<TKey, TValue> _map = new();
            private readonly List<TKey> _keys = new();

            public void Add(TKey key, TValue value) { _map.Add(key, value); _keys.Add(key); }
            public TKey KeyAt(int index) => _keys[index];
            public int IndexOf(TKey key) => _map.ContainsKey(key) ? _keys.IndexOf(key) : -1;
            public bool Remove(TKey key) => _map.Remove(key) && _keys.Remove(key);
        }

        class OrderedSet
        {
            private readonly HashSet<int> _members = new();
            private readonly List<int> _order = new();
            public void Add(int id) { if (_members.Add(id)) _order.Add(id); }
            public void Drop(int id) { if (_members.Remove(id)) _order.Remove(id); }
        }
        """);

    private static DiagnosticResult Expected(int location, string message) =>
        new DiagnosticResult(Rules.LinearSearchInIndexedStructure).WithLocation(location).WithMessage(message);
}
