namespace Katas.Trie;

/// <summary>A prefix tree of strings: which words were inserted, and which prefixes some word has.</summary>
public sealed class Trie
{
    private readonly Node _root = new();
    private bool _hasWords;

    /// <summary>Adds <paramref name="word"/>. Inserting a word twice is the same as once.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public void Insert(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var node = _root;
        foreach (var c in word)
        {
            if (!node.Children.TryGetValue(c, out var child))
            {
                child = new Node();
                node.Children.Add(c, child);
            }

            node = child;
        }

        node.EndsWord = true;
        _hasWords = true;
    }

    /// <summary>Whether <paramref name="word"/> itself was inserted (a longer word that starts with it does not count).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public bool Search(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Find(word) is { EndsWord: true };
    }

    /// <summary>Whether some inserted word starts with <paramref name="prefix"/> (a word is a prefix of itself).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    public bool StartsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);

        // Every node but the root was created for a word that passes through it; the root
        // exists before any word, so the empty prefix needs its own answer.
        return prefix.Length == 0 ? _hasWords : Find(prefix) is not null;
    }

    // The node that spells text from the root, or null when no inserted word starts with it.
    private Node? Find(string text)
    {
        var node = _root;
        foreach (var c in text)
        {
            if (!node.Children.TryGetValue(c, out node))
            {
                return null;
            }
        }

        return node;
    }

    // A dictionary per node, not an array of 26: any char may appear, and most nodes have one child.
    private sealed class Node
    {
        public Dictionary<char, Node> Children { get; } = [];

        public bool EndsWord { get; set; }
    }
}
