// Another correct solution: FNV-1a with a bit-mixing finaliser instead of SHA-256, and the ring
// kept as one list of (position, node) pairs, updated in place, with a hand-written lower bound.
using System.Text;

namespace Katas.ConsistentHashRing;

/// <summary>
/// Places keys on nodes (cache servers, shards) by consistent hashing: each node owns several
/// virtual nodes on a ring of hash values, and a key belongs to the first virtual node at or
/// after its own hash, clockwise. Adding or removing a node moves only the keys it gains or loses.
/// </summary>
public sealed class ConsistentHashRing
{
    private readonly int _virtualNodesPerNode;
    private readonly HashSet<string> _nodes = new(StringComparer.Ordinal);
    private readonly List<(ulong Position, string Node)> _ring = [];

    /// <summary>Creates an empty ring on which every node will own <paramref name="virtualNodesPerNode"/> positions.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="virtualNodesPerNode"/> is less than 1.</exception>
    public ConsistentHashRing(int virtualNodesPerNode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(virtualNodesPerNode, 1);
        _virtualNodesPerNode = virtualNodesPerNode;
    }

    /// <summary>Adds <paramref name="node"/> with its virtual nodes; false if it is already on the ring.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    public bool AddNode(string node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!_nodes.Add(node))
        {
            return false;
        }

        for (var replica = 0; replica < _virtualNodesPerNode; replica++)
        {
            _ring.Add((Hash($"{node}#{replica}"), node));
        }

        // Ties (two virtual nodes on one position) are ordered by node name, so the ring does not
        // depend on the order nodes joined in.
        _ring.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : string.CompareOrdinal(a.Node, b.Node));
        return true;
    }

    /// <summary>Removes <paramref name="node"/> and every one of its virtual nodes; false if it is not on the ring.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    public bool RemoveNode(string node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!_nodes.Remove(node))
        {
            return false;
        }

        _ring.RemoveAll(entry => entry.Node == node);
        return true;
    }

    /// <summary>The node that owns <paramref name="key"/>: the same in every process, on every machine.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The ring has no node.</exception>
    public string GetNode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_ring.Count == 0)
        {
            throw new InvalidOperationException("The ring has no node: add one first.");
        }

        // The first position at or after the key's hash: [low, high) always holds it, or it is past the end.
        var hash = Hash(key);
        int low = 0, high = _ring.Count;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (_ring[middle].Position < hash)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return _ring[low == _ring.Count ? 0 : low].Node;
    }

    // FNV-1a is stable but mixes poorly: its top bits barely depend on the last bytes, so
    // "node#1", "node#2", … would land side by side. MurmurHash3's finaliser spreads every bit.
    private static ulong Hash(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash = (hash ^ (hash >> 33)) * 0xff51afd7ed558ccdUL;
        hash = (hash ^ (hash >> 33)) * 0xc4ceb9fe1a85ec53UL;
        return hash ^ (hash >> 33);
    }
}
