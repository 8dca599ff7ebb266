// Another correct solution: 32-bit positions from MD5 instead of 64 from SHA-256, kept in a
// sorted List<uint> beside a position → node map, with every virtual node inserted in place.
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
    private readonly List<uint> _positions = [];
    private readonly Dictionary<uint, string> _owners = [];

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

        foreach (var position in VirtualNodes(node))
        {
            // A position another virtual node already holds stays with it (32 bits: rare, not impossible).
            if (_owners.TryAdd(position, node))
            {
                _positions.Add(position);
            }
        }

        _positions.Sort();
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

        foreach (var position in VirtualNodes(node))
        {
            if (_owners.TryGetValue(position, out var owner) && owner == node)
            {
                _owners.Remove(position);
                _positions.RemoveAt(_positions.BinarySearch(position));
            }
        }

        return true;
    }

    /// <summary>The node that owns <paramref name="key"/>: the same in every process, on every machine.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The ring has no node.</exception>
    public string GetNode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_positions.Count == 0)
        {
            throw new InvalidOperationException("The ring has no node: add one first.");
        }

        var index = _positions.BinarySearch(Hash(key));
        if (index < 0)
        {
            index = ~index;
        }

        return _owners[_positions[index % _positions.Count]];
    }

    private IEnumerable<uint> VirtualNodes(string node) =>
        Enumerable.Range(0, _virtualNodesPerNode).Select(replica => Hash($"{node}#{replica}"));

    private static uint Hash(string value) => BinaryPrimitives.ReadUInt32LittleEndian(MD5.HashData(Encoding.UTF8.GetBytes(value)));
}
