namespace Katas.ConsistentHashRing;

/// <summary>
/// Places keys on nodes (cache servers, shards) by consistent hashing: each node owns several
/// virtual nodes on a ring of hash values, and a key belongs to the first virtual node at or
/// after its own hash, clockwise. Adding or removing a node moves only the keys it gains or loses.
/// </summary>
public sealed class ConsistentHashRing
{
    /// <summary>Creates an empty ring on which every node will own <paramref name="virtualNodesPerNode"/> positions.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="virtualNodesPerNode"/> is less than 1.</exception>
    public ConsistentHashRing(int virtualNodesPerNode)
    {
        throw new NotImplementedException();
    }

    /// <summary>Adds <paramref name="node"/> with its virtual nodes; false if it is already on the ring.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    public bool AddNode(string node)
    {
        throw new NotImplementedException();
    }

    /// <summary>Removes <paramref name="node"/> and every one of its virtual nodes; false if it is not on the ring.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    public bool RemoveNode(string node)
    {
        throw new NotImplementedException();
    }

    /// <summary>The node that owns <paramref name="key"/>: the same in every process, on every machine.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The ring has no node.</exception>
    public string GetNode(string key)
    {
        throw new NotImplementedException();
    }
}
