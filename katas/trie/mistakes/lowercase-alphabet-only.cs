// Wrong: children are an array of 26 indexed by c - 'a', so an upper-case letter, a digit,
// a space or any non-ASCII character throws IndexOutOfRangeException.
namespace Katas.Trie;

/// <summary>A prefix tree of strings: which words were inserted, and which prefixes some word has.</summary>
public sealed class Trie
{
    private readonly Node _root = new();
    private bool _hasWords;

    /// <summary>Adds <paramref name="word"/>. Inserting a word twice is the same as once.</summary>
    public void Insert(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var node = _root;
        foreach (var c in word)
        {
            node = node.Children[c - 'a'] ??= new Node();
        }

        node.EndsWord = true;
        _hasWords = true;
    }

    /// <summary>Whether <paramref name="word"/> itself was inserted.</summary>
    public bool Search(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Find(word) is { EndsWord: true };
    }

    /// <summary>Whether some inserted word starts with <paramref name="prefix"/>.</summary>
    public bool StartsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return prefix.Length == 0 ? _hasWords : Find(prefix) is not null;
    }

    private Node? Find(string text)
    {
        Node? node = _root;
        foreach (var c in text)
        {
            node = node.Children[c - 'a'];
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private sealed class Node
    {
        public Node?[] Children { get; } = new Node?[26];

        public bool EndsWord { get; set; }
    }
}
