using System.Collections.ObjectModel;
using MlKata.Testing;
using NUnit.Framework;

namespace Katas.FlattenNested.Tests;

public sealed class NestedTests
{
    // Past this many elements an "endless" sequence fails instead: a flattening that reads ahead
    // then fails the test at once rather than running until the time limit.
    private const int EndlessBound = 1_000_000;

    [Test, Task(1), Points(1)]
    public void A_flat_sequence_comes_out_unchanged()
    {
        Assert.That(Nested.Flatten([3, 1, 2]), Is.EqualTo(new object?[] { 3, 1, 2 }));
    }

    [Test, Task(1), Points(2)]
    public void Nested_sequences_are_flattened_in_place_depth_first()
    {
        object?[] source = [1, new object?[] { 2, new object?[] { 3, 4 } }, 5, new object?[] { new object?[] { 6 } }, 7];

        Assert.That(Nested.Flatten(source), Is.EqualTo(new object?[] { 1, 2, 3, 4, 5, 6, 7 }));
    }

    [Test, Task(1), Points(2)]
    public void Strings_are_leaves_not_sequences_of_chars()
    {
        object?[] source = ["ab", new object?[] { "", new object?[] { "cd" } }, 'e'];

        Assert.That(Nested.Flatten(source), Is.EqualTo(new object?[] { "ab", "", "cd", 'e' }));
    }

    [Test, Task(1), Points(1)]
    public void Null_elements_are_leaves()
    {
        object?[] source = [null, new object?[] { 1, null }, new object?[] { new object?[] { null } }];

        Assert.That(Nested.Flatten(source), Is.EqualTo(new object?[] { null, 1, null, null }));
    }

    [Test, Task(1), Points(2)]
    public void Empty_inner_sequences_contribute_nothing()
    {
        object?[] source =
        [
            Array.Empty<object?>(),
            1,
            new object?[] { Array.Empty<object?>(), new List<object?>() },
            new object?[] { new object?[] { Array.Empty<object?>() } },
            2,
            Enumerable.Empty<int>(),
            new List<string>(),
        ];

        Assert.Multiple(() =>
        {
            Assert.That(Nested.Flatten(source), Is.EqualTo(new object?[] { 1, 2 }), "leaves around and between empty sequences");
            Assert.That(Nested.Flatten([]), Is.Empty, "an empty source");
            Assert.That(Nested.Flatten([new List<object?>(), new object?[] { Array.Empty<int>() }]), Is.Empty, "a source of empty sequences only");
        });
    }

    [Test, Task(1), Points(2)]
    public void Sequences_of_any_element_type_are_flattened()
    {
        object?[] source = [new List<int> { 1, 2 }, new[] { 3.5 }, "x", Enumerable.Range(4, 2), new Queue<char>(['y']), new HashSet<long> { 6L }];

        Assert.That(Nested.Flatten(source), Is.EqualTo(new object?[] { 1, 2, 3.5, "x", 4, 5, 'y', 6L }));
    }

    [Test, Task(1), Points(2)]
    public void Random_trees_flatten_to_their_leaves_in_the_order_they_were_made()
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            var random = SeededData.Random(seed);
            var leaves = new LeafCounter();
            var tree = RandomSequence(random, depth: 0, leaves, length: 50);

            // Leaves are numbered as the tree is built, each sequence's elements in order: a
            // depth-first reading gives 0, 1, 2, … whatever the tree's shape.
            Assert.That(Nested.Flatten(tree), Is.EqualTo(Enumerable.Range(0, leaves.Count)), $"seed {seed}: a tree of {leaves.Count} leaves");
        }
    }

    [Test, Task(1), Points(1)]
    public void A_null_source_throws_at_the_call_not_on_enumeration()
    {
        Assert.Throws<ArgumentNullException>(() => Nested.Flatten(null!), "Flatten(null) must throw before anything enumerates its result");
    }

    [Test, Task(2), Points(1)]
    public void Nothing_is_read_until_the_result_is_enumerated()
    {
        var log = new EnumeratorLog();

        var flat = Nested.Flatten(log.Sequence(1, log.Sequence(2)));

        Assert.That(log.Opened, Is.Zero, "enumerators opened by Flatten itself");
        Assert.That(flat, Is.EqualTo(new object?[] { 1, 2 }));
    }

    [Test, Task(2), Points(2)]
    public void Each_leaf_is_read_only_when_the_consumer_asks_for_it()
    {
        var source = ThenFail(1, ThenFail(2, 3), 4);

        using var flat = Nested.Flatten(source).GetEnumerator();

        Assert.Multiple(() =>
        {
            Assert.That(flat.MoveNext() ? flat.Current : "(nothing)", Is.EqualTo(1), "first leaf");
            Assert.That(flat.MoveNext() ? flat.Current : "(nothing)", Is.EqualTo(2), "second leaf");
            Assert.That(flat.MoveNext() ? flat.Current : "(nothing)", Is.EqualTo(3), "third leaf");
        });
    }

    [Test, Task(2), Points(2)]
    public void An_endless_nested_sequence_can_be_read_from()
    {
        object?[] source = ["start", new object?[] { Endless() }, "never reached"];

        Assert.That(Nested.Flatten(source).Take(4), Is.EqualTo(new object?[] { "start", 0, 1, 2 }));
    }

    [Test, Task(2), Points(2)]
    public void A_consumer_that_stops_early_leaves_no_enumerator_open()
    {
        var log = new EnumeratorLog();
        var source = log.Sequence(log.Sequence(1, log.Sequence(2, 3)), 4);

        using (var flat = Nested.Flatten(source).GetEnumerator())
        {
            flat.MoveNext();
            flat.MoveNext(); // at 2: three levels open
        }

        var first = Nested.Flatten(log.Sequence(log.Sequence(log.Sequence(5)), 6)).First();

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(5));
            Assert.That(log.Opened, Is.EqualTo(6), "enumerators opened: one per sequence entered, none ahead");
            Assert.That(log.StillOpen, Is.Zero, "enumerators left undisposed after the consumer stopped");
        });
    }

    [Test, Task(2), Points(1)]
    public void Every_enumerator_is_disposed_when_the_input_ends_or_throws()
    {
        var log = new EnumeratorLog();
        var complete = Nested.Flatten(log.Sequence(log.Sequence(), 1, log.Sequence(log.Sequence(2)))).ToList();
        var failing = log.Sequence(log.Sequence(3, ThenFail(4)));

        Assert.Multiple(() =>
        {
            Assert.That(complete, Is.EqualTo(new object?[] { 1, 2 }));
            Assert.Throws<InvalidOperationException>(() => Nested.Flatten(failing).ToList(), "the input's own exception reaches the consumer");
            Assert.That(log.StillOpen, Is.Zero, "enumerators left undisposed");
        });
    }

    [Test, Task(2), Points(2)]
    public void Memory_grows_with_the_depth_not_with_the_number_of_leaves()
    {
        // 10 sequences of 1 000 leaves, boxed once here: reading them allocates nothing per leaf.
        var source = Enumerable.Range(0, 10)
            .Select(s => (object?)Enumerable.Range(s * 1_000, 1_000).Select(leaf => (object?)leaf).ToArray())
            .ToArray();

        Allocations.AssertAtMostPerCall(
            () =>
            {
                foreach (var _ in Nested.Flatten(source))
                {
                }
            },
            bytesPerCall: 4_096,
            what: "reading 10 000 leaves two levels deep",
            calls: 20);
    }

    [Test, Task(3), Points(3)]
    public void A_nesting_100_000_deep_flattens_on_a_1_MB_stack()
    {
        const int depth = 100_000;

        // [[[…[100000], 99999]…], 1], 0]: the deepest leaf comes first, then each level's own
        // leaf on the way back out.
        object?[] chain = [depth];
        for (var level = depth - 1; level >= 0; level--)
        {
            chain = [chain, level];
        }

        var flat = OnSmallStack(() => Nested.Flatten(chain).ToList());

        Assert.That(flat, Is.EqualTo(Enumerable.Range(0, depth + 1).Reverse()));
    }

    // Read on a thread of 1 MB, the default on Windows (Linux gives 8 MB): the same verdict on
    // every machine, and a frame per level overflows it long before level 100 000.
    private static T OnSmallStack<T>(Func<T> read)
    {
        T? result = default;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = read();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        return failure is null ? result! : throw new AssertionException($"reading the nesting threw {failure.GetType().Name}: {failure.Message}", failure);
    }

    private static IEnumerable<object?> ThenFail(params object?[] items)
    {
        foreach (var item in items)
        {
            yield return item;
        }

        throw new InvalidOperationException("the input was read past the element the consumer asked for");
    }

    private static IEnumerable<int> Endless()
    {
        for (var i = 0; i < EndlessBound; i++)
        {
            yield return i;
        }

        throw new InvalidOperationException($"{EndlessBound:N0} elements of an endless sequence were read: the flattening reads ahead");
    }

    private static List<object?> RandomSequence(Random random, int depth, LeafCounter leaves, int length)
    {
        var items = new List<object?>(length);
        for (var i = 0; i < length; i++)
        {
            items.Add(depth < 6 && random.Next(3) == 0
                ? RandomContainer(random, RandomSequence(random, depth + 1, leaves, random.Next(0, 6)))
                : leaves.Next());
        }

        return items;
    }

    // The same elements behind the sequence types a caller might pass: each must be entered alike.
    private static object RandomContainer(Random random, List<object?> items) => random.Next(5) switch
    {
        0 => items.ToArray(),
        1 => items,
        2 => items.Select(item => item),
        3 => new LinkedList<object?>(items),
        _ => new ReadOnlyCollection<object?>(items),
    };

    private sealed class LeafCounter
    {
        public int Count { get; private set; }

        public object Next() => Count++;
    }
}
