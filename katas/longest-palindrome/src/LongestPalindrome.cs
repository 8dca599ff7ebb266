namespace Katas.LongestPalindrome;

/// <summary>Finds the longest palindromic substring of a text.</summary>
public static class LongestPalindrome
{
    /// <summary>
    /// The longest substring of <paramref name="text"/> that reads the same backwards; of several
    /// that long, the leftmost. Characters are compared as they are (ordinal, case-sensitive).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Find(string text)
    {
        throw new NotImplementedException();
    }
}
