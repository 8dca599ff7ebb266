using MlKata.Testing;
using NUnit.Framework;

namespace Katas.ConsistentHashRing.Tests;

public sealed class ConsistentHashRingTests
{
    // Enough virtual nodes that a node's share of the ring is within about 10 % of fair, and
    // enough keys that the share of keys measures it: the bounds below are several times wider.
    private const int VirtualNodes = 200;
    private const int KeyCount = 20_000;

    [TestCase(0)]
    [TestCase(-1)]
    [Task(1), Points(1)]
    public void Constructor_rejects_fewer_than_one_virtual_node_per_node(int virtualNodes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConsistentHashRing(virtualNodes));
    }

    [Test, Task(1), Points(1)]
    public void GetNode_throws_InvalidOperationException_while_the_ring_has_no_node()
    {
        var ring = new ConsistentHashRing(10);
        Assert.Throws<InvalidOperationException>(() => ring.GetNode("user:1"), "a new ring");

        ring.AddNode("cache-a");
        ring.RemoveNode("cache-a");

        Assert.Throws<InvalidOperationException>(() => ring.GetNode("user:1"), "a ring whose last node was removed");
    }

    [Test, Task(1), Points(2)]
    public void A_single_node_with_one_virtual_node_owns_every_key()
    {
        // One position on the ring: about half the keys hash past it and must wrap around to it.
        var ring = Ring(1, ["cache-a"]);

        var owners = Placement(ring, Keys(1_000, seed: 1)).Distinct();

        Assert.That(owners, Is.EqualTo(new[] { "cache-a" }));
    }

    [Test, Task(1), Points(1)]
    public void Every_key_lands_on_a_node_of_the_ring_and_stays_there()
    {
        var nodes = Nodes(5, seed: 2);
        var ring = Ring(50, nodes);
        var keys = Keys(2_000, seed: 3);

        var placement = Placement(ring, keys);

        Assert.Multiple(() =>
        {
            Assert.That(placement.Except(nodes), Is.Empty, "owners that are not nodes of the ring");
            Assert.That(Placement(ring, keys), Is.EqualTo(placement), "the same keys asked again");
            Assert.That(placement.Distinct().Count(), Is.EqualTo(nodes.Length), "with 50 virtual nodes each, every node owns some of 2 000 keys");
        });
    }

    [Test, Task(1), Points(1)]
    public void AddNode_and_RemoveNode_say_whether_the_ring_changed()
    {
        var ring = new ConsistentHashRing(10);

        Assert.Multiple(() =>
        {
            Assert.That(ring.AddNode("cache-a"), Is.True, "a new node");
            Assert.That(ring.AddNode("cache-a"), Is.False, "a node already on the ring");
            Assert.That(ring.RemoveNode("cache-b"), Is.False, "a node never added");
            Assert.That(ring.RemoveNode("cache-a"), Is.True, "a node on the ring");
            Assert.That(ring.RemoveNode("cache-a"), Is.False, "a node already removed");
            Assert.That(ring.AddNode("cache-a"), Is.True, "a removed node added again");
            Assert.That(ring.GetNode("user:1"), Is.EqualTo("cache-a"), "the node added again owns the keys");
        });
    }

    [Test, Task(1), Points(1)]
    public void Null_nodes_and_keys_are_rejected()
    {
        var ring = Ring(10, ["cache-a"]);

        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentNullException>(() => ring.AddNode(null!), "AddNode(null)");
            Assert.Throws<ArgumentNullException>(() => ring.RemoveNode(null!), "RemoveNode(null)");
            Assert.Throws<ArgumentNullException>(() => ring.GetNode(null!), "GetNode(null)");
            Assert.Throws<ArgumentNullException>(() => new ConsistentHashRing(10).GetNode(null!), "GetNode(null) on an empty ring: the argument is wrong before the ring is");
        });
    }

    [Test, Task(1), Points(2)]
    public void A_removed_node_owns_no_key()
    {
        var nodes = Nodes(5, seed: 4);
        var ring = Ring(50, nodes);

        ring.RemoveNode(nodes[2]);

        Assert.That(Placement(ring, Keys(2_000, seed: 5)), Has.None.EqualTo(nodes[2]));
    }

    [Test, Task(2), Points(2)]
    public void The_same_nodes_place_every_key_the_same_whatever_order_they_joined_in()
    {
        var nodes = Nodes(6, seed: 6);
        var keys = Keys(KeyCount, seed: 7);

        var joinedForwards = Placement(Ring(VirtualNodes, nodes), keys);
        var joinedBackwards = Placement(Ring(VirtualNodes, nodes.Reverse()), keys);

        AssertSamePlacement(keys, joinedForwards, joinedBackwards, "on a ring whose nodes joined in the opposite order");
    }

    [Test, Task(2), Points(3)]
    public void Adding_a_node_moves_keys_only_to_the_new_node()
    {
        var nodes = Nodes(9, seed: 8);
        var keys = Keys(KeyCount, seed: 9);
        var ring = Ring(VirtualNodes, nodes[..8]);
        var before = Placement(ring, keys);

        ring.AddNode(nodes[8]);
        var after = Placement(ring, keys);

        var movedElsewhere = Enumerable.Range(0, keys.Length).Where(i => after[i] != before[i] && after[i] != nodes[8]).ToList();
        Assert.That(movedElsewhere, Is.Empty,
            $"{movedElsewhere.Count} of {keys.Length} keys moved between two nodes already on the ring when a ninth joined, " +
            (movedElsewhere.Count == 0 ? "" : $"such as '{keys[movedElsewhere[0]]}' from {before[movedElsewhere[0]]} to {after[movedElsewhere[0]]}; ") +
            "a new node may only take keys over");
    }

    [Test, Task(2), Points(2)]
    public void Adding_a_ninth_node_moves_about_one_key_in_nine()
    {
        var nodes = Nodes(9, seed: 10);
        var keys = Keys(KeyCount, seed: 11);
        var ring = Ring(VirtualNodes, nodes[..8]);
        var before = Placement(ring, keys);

        ring.AddNode(nodes[8]);
        var after = Placement(ring, keys);

        // The newcomer's fair share is 1/9 of the keys; placing by hash mod N moves about 8 in 9.
        var movedShare = Enumerable.Range(0, keys.Length).Count(i => after[i] != before[i]) / (double)keys.Length;
        Assert.That(movedShare, Is.InRange(0.5 / 9, 2.0 / 9), "the share of keys that changed node");
    }

    [Test, Task(2), Points(2)]
    public void Removing_a_node_moves_only_the_keys_it_owned()
    {
        var nodes = Nodes(8, seed: 12);
        var keys = Keys(KeyCount, seed: 13);
        var ring = Ring(VirtualNodes, nodes);
        var before = Placement(ring, keys);

        ring.RemoveNode(nodes[3]); // one that joined in the middle
        var after = Placement(ring, keys);

        var movedNeedlessly = Enumerable.Range(0, keys.Length).Count(i => before[i] != nodes[3] && after[i] != before[i]);
        Assert.That(movedNeedlessly, Is.Zero, $"keys of the remaining nodes that moved when {nodes[3]} left");
    }

    [Test, Task(2), Points(2)]
    public void Removing_the_node_just_added_restores_every_placement()
    {
        var nodes = Nodes(9, seed: 14);
        var keys = Keys(KeyCount, seed: 15);
        var ring = Ring(VirtualNodes, nodes[..8]);
        var before = Placement(ring, keys);

        ring.AddNode(nodes[8]);
        ring.RemoveNode(nodes[8]);

        AssertSamePlacement(keys, before, Placement(ring, keys), $"after {nodes[8]} joined and left");
    }

    [Test, Task(3), Points(3)]
    public void With_200_virtual_nodes_each_of_20_nodes_gets_a_fair_share_of_the_keys()
    {
        var nodes = Nodes(20, seed: 16);
        var keys = Keys(KeyCount, seed: 17);

        var owned = Placement(Ring(VirtualNodes, nodes), keys).CountBy(node => node).ToDictionary();

        // A fair share is 1/20; with one position per node, some node gets a few times that and another almost none.
        var shares = nodes.ToDictionary(node => node, node => owned.GetValueOrDefault(node) * nodes.Length / (double)keys.Length);
        Assert.That(shares.Values, Has.All.InRange(0.5, 1.6),
            $"each node's share of the keys, as a multiple of a fair share: {string.Join(", ", shares.Values.Order().Select(s => s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Test, Task(4), Points(3)]
    public void GetNode_is_a_binary_search_not_a_scan_of_the_ring()
    {
        // On a busy machine, a binary search over 100 000 positions can miss the cache at every
        // level: up to about 15 times a lookup on 10 positions when the hash is fast. A scan of
        // 100 000 positions costs about 100 times one of 10 even behind SHA-256.
        var keys = Keys(1_024, seed: 18);
        Complexity.AssertLogarithmicPerOperation(
            positions =>
            {
                var ring = Ring(positions, ["cache-a"]);
                var next = 0;
                return () => ring.GetNode(keys[next++ & 1_023]);
            },
            small: 10,
            large: 100_000,
            maxRatio: 20,
            what: "GetNode on a ring of 100 000 virtual nodes against one of 10");
    }

    [Test, Task(5), Points(3)]
    public void Another_process_places_every_key_on_the_same_node()
    {
        var here = PlaceSampleKeys().Split('\n');

        var there = OtherProcess.Invoke(PlaceSampleKeys).Split('\n');

        // Each process seeds string.GetHashCode() anew: a placement built on it differs in every process.
        AssertSamePlacement(SampleKeys(), here, there, "in another process building the same ring");
    }

    // Runs in this process and in another one: the same ring and keys, so the same placement.
    private static string PlaceSampleKeys() => string.Join('\n', Placement(Ring(50, Nodes(8, seed: 19)), SampleKeys()));

    private static string[] SampleKeys() => Keys(2_000, seed: 20);

    private static void AssertSamePlacement(string[] keys, string[] expected, string[] actual, string where)
    {
        Assert.That(actual, Has.Length.EqualTo(expected.Length), where);
        var differing = Enumerable.Range(0, keys.Length).Where(i => actual[i] != expected[i]).ToList();
        Assert.That(differing, Is.Empty,
            $"{differing.Count} of {keys.Length} keys land on another node {where}" +
            (differing.Count == 0 ? "" : $", such as '{keys[differing[0]]}' on {actual[differing[0]]} instead of {expected[differing[0]]}"));
    }

    private static ConsistentHashRing Ring(int virtualNodes, IEnumerable<string> nodes)
    {
        var ring = new ConsistentHashRing(virtualNodes);
        foreach (var node in nodes)
        {
            ring.AddNode(node);
        }

        return ring;
    }

    private static string[] Placement(ConsistentHashRing ring, string[] keys) => Array.ConvertAll(keys, ring.GetNode);

    // Cache servers as "10.x.y.z:port", distinct, in a seeded order.
    private static string[] Nodes(int count, int seed)
    {
        var random = SeededData.Random(seed);
        var nodes = new List<string>(count);
        while (nodes.Count < count)
        {
            var node = $"10.{random.Next(256)}.{random.Next(256)}.{random.Next(256)}:{random.Next(1_024, 65_536)}";
            if (!nodes.Contains(node))
            {
                nodes.Add(node);
            }
        }

        return [.. nodes];
    }

    private static string[] Keys(int count, int seed)
    {
        var random = SeededData.Random(seed);
        return Enumerable.Range(0, count).Select(_ => $"user:{random.Next():x8}").ToArray();
    }
}
