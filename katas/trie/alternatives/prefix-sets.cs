// Correct, with no tree: one set holds every word, another every prefix of every word.
// Queries hash the query once, O(length); inserting a word of length m costs O(m²), and
// memory grows with the square of word lengths, a trade a short-word vocabulary can afford.
namespace Katas.Trie;

/// <summary>A prefix tree of strings: which words were inserted, and which prefixes some word has.</summary>
public sealed class Trie
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="word"/>. Inserting a word twice is the same as once.</summary>
    public void Insert(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!_words.Add(word))
        {
            return;
        }

        for (var length = 0; length <= word.Length; length++)
        {
            _prefixes.Add(word[..length]);
        }
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
        return _prefixes.Contains(prefix);
    }
}
