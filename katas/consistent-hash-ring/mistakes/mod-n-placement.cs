// Wrong: a key goes to node hash(key) mod N. Every key whose remainder changes with N moves when a
// node joins or leaves: about N/(N+1) of them, most between nodes that were there all along.
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Katas.ConsistentHashRing;

/// <summary>Places keys on nodes by hashing: the key's hash, modulo the number of nodes, picks one.</summary>
public sealed class ConsistentHashRing
{
    private readonly List<string> _nodes = [];

    /// <summary>Creates an empty ring (the virtual-node count is unused: each node is one bucket).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="virtualNodesPerNode"/> is less than 1.</exception>
    public ConsistentHashRing(int virtualNodesPerNode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(virtualNodesPerNode, 1);
    }

    /// <summary>Adds <paramref name="node"/>; false if it is already there.</summary>
    public bool AddNode(string node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (_nodes.Contains(node))
        {
            return false;
        }

        _nodes.Add(node);
        return true;
    }

    /// <summary>Removes <paramref name="node"/>; false if it is not there.</summary>
    public bool RemoveNode(string node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return _nodes.Remove(node);
    }

    /// <summary>The node that owns <paramref name="key"/>.</summary>
    public string GetNode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_nodes.Count == 0)
        {
            throw new InvalidOperationException("There is no node: add one first.");
        }

        return _nodes[(int)(Hash(key) % (ulong)_nodes.Count)];
    }

    private static ulong Hash(string value) => BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
