namespace Katas.Trie;

/// <summary>A prefix tree of strings: which words were inserted, and which prefixes some word has.</summary>
public sealed class Trie
{
    /// <summary>Adds <paramref name="word"/>. Inserting a word twice is the same as once.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public void Insert(string word)
    {
        throw new NotImplementedException();
    }

    /// <summary>Whether <paramref name="word"/> itself was inserted (a longer word that starts with it does not count).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public bool Search(string word)
    {
        throw new NotImplementedException();
    }

    /// <summary>Whether some inserted word starts with <paramref name="prefix"/> (a word is a prefix of itself).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    public bool StartsWith(string prefix)
    {
        throw new NotImplementedException();
    }
}
