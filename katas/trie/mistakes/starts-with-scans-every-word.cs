// Wrong: the words live in a HashSet, which answers Search in O(length), but StartsWith
// scans every stored word: O(words × length) per query instead of O(length).
namespace Katas.Trie;

/// <summary>A prefix tree of strings: which words were inserted, and which prefixes some word has.</summary>
public sealed class Trie
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="word"/>. Inserting a word twice is the same as once.</summary>
    public void Insert(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        _words.Add(word);
    }

    /// <summary>Whether <paramref name="word"/> itself was inserted.</summary>
    public bool Search(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _words.Contains(word);
    }

    /// <summary>Whether some inserted word starts with <paramref name="prefix"/>.</summary>
    public bool StartsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        foreach (var word in _words)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
