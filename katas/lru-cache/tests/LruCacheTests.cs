using MlKata.Testing;
using NUnit.Framework;

namespace Katas.LruCache.Tests;

public sealed class LruCacheTests
{
    // A correct O(1) call measures about 1x, but at 100 000 elements it misses the CPU caches
    // more often than at 10, and on a machine busy with other builds a timed batch can stall
    // for tens of milliseconds. A search or a shift through the elements measures 500x to
    // 10 000x, so a limit of 50x sits far from both.
    private const double MaxRatio = 50;

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(int.MinValue)]
    [Task(1), Points(1)]
    public void Constructor_rejects_a_capacity_that_is_not_positive(int capacity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LruCache<string, int>(capacity));
    }

    [Test, Task(1), Points(1)]
    public void An_empty_cache_misses_every_key()
    {
        var cache = new LruCache<string, string>(3);

        Assert.That(cache.TryGet("model-a", out var value), Is.False);
        Assert.That(value, Is.Null, "a miss leaves the out value at its default");
        Assert.That(cache.Count, Is.Zero);
    }

    [Test, Task(1), Points(1)]
    public void A_cached_value_is_found_under_its_key()
    {
        var cache = new LruCache<string, int>(3);
        cache.Put("model-a", 11);
        cache.Put("model-b", 22);

        Assert.That(cache.TryGet("model-a", out var a), Is.True);
        Assert.That(a, Is.EqualTo(11));
        Assert.That(cache.TryGet("model-b", out var b), Is.True);
        Assert.That(b, Is.EqualTo(22));
        Assert.That(cache.TryGet("model-c", out _), Is.False, "a key never put");
    }

    [Test, Task(1), Points(1)]
    public void Count_grows_with_each_new_key_then_stops_at_the_capacity()
    {
        var cache = new LruCache<int, int>(3);
        var counts = new List<int> { cache.Count };
        for (var key = 0; key < 5; key++)
        {
            cache.Put(key, key);
            counts.Add(cache.Count);
        }

        Assert.That(counts, Is.EqualTo(new[] { 0, 1, 2, 3, 3, 3 }));
    }

    [Test, Task(1), Points(2)]
    public void Putting_a_cached_key_again_replaces_its_value_and_keeps_the_count()
    {
        var cache = new LruCache<string, int>(3);
        cache.Put("model-a", 1);
        cache.Put("model-b", 2);

        cache.Put("model-a", 100);

        Assert.That(cache.Count, Is.EqualTo(2), "an update adds no entry");
        Assert.That(cache.TryGet("model-a", out var a), Is.True);
        Assert.That(a, Is.EqualTo(100), "the newer value wins");
        Assert.That(cache.TryGet("model-b", out var b), Is.True);
        Assert.That(b, Is.EqualTo(2), "the other key is untouched");
    }

    [Test, Task(2), Points(2)]
    public void A_full_cache_evicts_the_least_recently_used_key()
    {
        var cache = new LruCache<int, string>(3);
        cache.Put(1, "one");
        cache.Put(2, "two");
        cache.Put(3, "three");

        cache.Put(4, "four");

        Assert.That(cache.TryGet(1, out _), Is.False, "1 was the least recently used");
        AssertCached(cache, (2, "two"), (3, "three"), (4, "four"));
        Assert.That(cache.Count, Is.EqualTo(3));
    }

    [Test, Task(2), Points(2)]
    public void A_hit_makes_the_key_the_most_recently_used()
    {
        var cache = new LruCache<int, string>(3);
        cache.Put(1, "one");
        cache.Put(2, "two");
        cache.Put(3, "three");

        Assert.That(cache.TryGet(1, out _), Is.True);
        cache.Put(4, "four");

        Assert.That(cache.TryGet(2, out _), Is.False, "after 1 was read, 2 was the least recently used");
        AssertCached(cache, (1, "one"), (3, "three"), (4, "four"));
    }

    [Test, Task(2), Points(2)]
    public void Putting_a_cached_key_again_makes_it_the_most_recently_used()
    {
        var cache = new LruCache<int, string>(3);
        cache.Put(1, "one");
        cache.Put(2, "two");
        cache.Put(3, "three");

        cache.Put(1, "uno");
        cache.Put(4, "four");

        Assert.That(cache.TryGet(2, out _), Is.False, "after 1 was put again, 2 was the least recently used");
        AssertCached(cache, (1, "uno"), (3, "three"), (4, "four"));
    }

    [Test, Task(2), Points(2)]
    public void Updating_a_key_of_a_full_cache_evicts_nothing()
    {
        var cache = new LruCache<int, string>(3);
        cache.Put(1, "one");
        cache.Put(2, "two");
        cache.Put(3, "three");

        cache.Put(2, "dos");

        Assert.That(cache.Count, Is.EqualTo(3), "the cache is still full");
        AssertCached(cache, (1, "one"), (2, "dos"), (3, "three"));
    }

    [Test, Task(2), Points(1)]
    public void A_miss_leaves_the_order_of_use_alone()
    {
        var cache = new LruCache<int, string>(2);
        cache.Put(1, "one");
        cache.Put(2, "two");

        Assert.That(cache.TryGet(3, out _), Is.False);
        cache.Put(4, "four");

        Assert.That(cache.TryGet(1, out _), Is.False, "1 was still the least recently used");
        AssertCached(cache, (2, "two"), (4, "four"));
    }

    [Test, Task(2), Points(1)]
    public void A_cache_of_one_holds_the_latest_key_only()
    {
        var cache = new LruCache<int, string>(1);
        cache.Put(1, "one");
        cache.Put(2, "two");

        Assert.That(cache.TryGet(1, out _), Is.False);
        AssertCached(cache, (2, "two"));

        cache.Put(2, "dos");
        AssertCached(cache, (2, "dos"));
        Assert.That(cache.Count, Is.EqualTo(1));
    }

    [TestCase(1)]
    [TestCase(7)]
    [Task(2), Points(2)]
    public void Matches_a_simple_list_model_at_every_step_of_a_long_seeded_run(int capacity)
    {
        // Keys come from a range a little over twice the capacity, so runs mix hits, misses,
        // updates and evictions.
        var keyRange = 2 * capacity + 3;
        var random = SeededData.Random(seed: 17 + capacity);
        var cache = new LruCache<int, int>(capacity);
        var model = new RecencyListModel(capacity);
        for (var step = 0; step < 5_000; step++)
        {
            var key = random.Next(keyRange);
            if (random.Next(2) == 0)
            {
                var value = random.Next();
                cache.Put(key, value);
                model.Put(key, value);
            }
            else
            {
                var expectedHit = model.TryGet(key, out var expected);
                Assert.That(cache.TryGet(key, out var actual), Is.EqualTo(expectedHit), $"step {step}: TryGet({key}) hit");
                Assert.That(actual, Is.EqualTo(expected), $"step {step}: TryGet({key}) value");
            }

            Assert.That(cache.Count, Is.EqualTo(model.Count), $"step {step}: Count");
        }
    }

    [Test, Task(3), Points(2)]
    public void TryGet_costs_the_same_at_capacity_10_as_at_100_000()
    {
        Complexity.AssertConstantPerOperation(
            capacity => CycleThroughTheHotHalf(capacity, (cache, key) => cache.TryGet(key, out _)),
            small: 10,
            large: 100_000,
            maxRatio: MaxRatio,
            what: "TryGet of a key halfway down the order of use");
    }

    [Test, Task(3), Points(2)]
    public void Put_of_a_cached_key_costs_the_same_at_capacity_10_as_at_100_000()
    {
        Complexity.AssertConstantPerOperation(
            capacity => CycleThroughTheHotHalf(capacity, (cache, key) => cache.Put(key, -key)),
            small: 10,
            large: 100_000,
            maxRatio: MaxRatio,
            what: "Put of a key halfway down the order of use");
    }

    [Test, Task(3), Points(2)]
    public void Put_of_a_new_key_into_a_full_cache_costs_the_same_at_capacity_10_as_at_100_000()
    {
        Complexity.AssertConstantPerOperation(
            capacity =>
            {
                var cache = FullCache(capacity);
                var next = capacity;
                return () =>
                {
                    cache.Put(next, next);
                    next++;
                };
            },
            small: 10,
            large: 100_000,
            maxRatio: MaxRatio,
            what: "Put of a new key, evicting the least recently used");
    }

    [Test, Task(3), Points(2)]
    public void TryGet_allocates_nothing()
    {
        var cache = FullCache(1_000);
        var key = 0;

        // Half of the keys are cached, half are not: hits and misses alike.
        Allocations.AssertAtMostPerCall(
            () =>
            {
                cache.TryGet(key, out _);
                key = (key + 7) % 2_000;
            },
            bytesPerCall: 0,
            what: "TryGet",
            calls: 10_000);
    }

    [Test, Task(3), Points(2)]
    public void Put_of_a_cached_key_allocates_nothing()
    {
        var cache = FullCache(1_000);
        var key = 0;

        Allocations.AssertAtMostPerCall(
            () =>
            {
                cache.Put(key, -key);
                key = (key + 7) % 1_000;
            },
            bytesPerCall: 0,
            what: "Put of a cached key",
            calls: 10_000);
    }

    // Both ends of the order of use are cheap to reach even for a linear search, so the timed
    // keys sit in the middle: the keys are put in order, and the operation cycles through the
    // newer half, oldest first. Each key it touches is then the least recent of the newer half,
    // with half the cache in front of it and the older half behind it.
    private static Action CycleThroughTheHotHalf(int capacity, Action<LruCache<int, int>, int> operation)
    {
        var cache = FullCache(capacity);
        var first = capacity / 2;
        var key = first;
        return () =>
        {
            operation(cache, key);
            key = key + 1 == capacity ? first : key + 1;
        };
    }

    private static LruCache<int, int> FullCache(int capacity)
    {
        var cache = new LruCache<int, int>(capacity);
        for (var key = 0; key < capacity; key++)
        {
            cache.Put(key, key);
        }

        return cache;
    }

    private static void AssertCached(LruCache<int, string> cache, params (int Key, string Value)[] entries)
    {
        foreach (var (key, expected) in entries)
        {
            Assert.That(cache.TryGet(key, out var actual), Is.True, $"key {key} should be cached");
            Assert.That(actual, Is.EqualTo(expected), $"value of key {key}");
        }
    }

    /// <summary>The obvious O(n) model: entries in a list, least recently used first.</summary>
    private sealed class RecencyListModel(int capacity)
    {
        private readonly List<(int Key, int Value)> _entries = [];

        public int Count => _entries.Count;

        public bool TryGet(int key, out int value)
        {
            var index = _entries.FindIndex(entry => entry.Key == key);
            if (index < 0)
            {
                value = default;
                return false;
            }

            value = _entries[index].Value;
            _entries.RemoveAt(index);
            _entries.Add((key, value));
            return true;
        }

        public void Put(int key, int value)
        {
            var index = _entries.FindIndex(entry => entry.Key == key);
            if (index >= 0)
            {
                _entries.RemoveAt(index);
            }
            else if (_entries.Count == capacity)
            {
                _entries.RemoveAt(0);
            }

            _entries.Add((key, value));
        }
    }
}
