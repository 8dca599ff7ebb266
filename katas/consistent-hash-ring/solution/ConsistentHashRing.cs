using System.Buffers.Binary;
using System.Security.Cryptography;
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

    // The ring: virtual-node positions in ascending order, and the node owning each.
    private ulong[] _positions = [];
    private string[] _owners = [];

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

        Rebuild();
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

        Rebuild();
        return true;
    }

    /// <summary>The node that owns <paramref name="key"/>: the same in every process, on every machine.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The ring has no node.</exception>
    public string GetNode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_positions.Length == 0)
        {
            throw new InvalidOperationException("The ring has no node: add one first.");
        }

        // Not found, BinarySearch returns the complement of the first larger position: the next one clockwise.
        var index = Array.BinarySearch(_positions, Hash(key));
        if (index < 0)
        {
            index = ~index;
        }

        // Past the last position, the ring wraps around to the first.
        return _owners[index == _positions.Length ? 0 : index];
    }

    // Membership changes are rare and lookups constant: rebuilding the sorted ring, O(V log V),
    // keeps every lookup a plain binary search over an array.
    private void Rebuild()
    {
        var positions = new ulong[_nodes.Count * _virtualNodesPerNode];
        var owners = new string[positions.Length];
        var slot = 0;
        foreach (var node in _nodes)
        {
            for (var replica = 0; replica < _virtualNodesPerNode; replica++)
            {
                positions[slot] = Hash($"{node}#{replica}");
                owners[slot++] = node;
            }
        }

        Array.Sort(positions, owners);
        _positions = positions;
        _owners = owners;
    }

    // SHA-256 gives the same value in every process and on every machine (string.GetHashCode is
    // seeded anew per process), and its first 8 bytes are as evenly spread as the whole: 64-bit
    // positions make two virtual nodes landing on the same one vanishingly rare.
    private static ulong Hash(string value) => BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
