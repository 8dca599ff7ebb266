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
        ArgumentNullException.ThrowIfNull(text);
        var bestStart = 0;
        var bestLength = 0;

        // A palindrome mirrors around its centre: a character (odd length) or the gap between
        // two (even length). Growing each of the 2n - 1 centres outwards needs no table.
        for (var centre = 0; centre < text.Length; centre++)
        {
            var length = Math.Max(Expand(text, centre, centre), Expand(text, centre, centre + 1));
            if (length > bestLength)
            {
                bestLength = length;
                bestStart = centre - ((length - 1) / 2);
            }
        }

        return text.Substring(bestStart, bestLength);
    }

    // The length of the longest palindrome centred between left and right.
    private static int Expand(string text, int left, int right)
    {
        while (left >= 0 && right < text.Length && text[left] == text[right])
        {
            left--;
            right++;
        }

        return right - left - 1;
    }
}
