// Wrong for this kata: the classic dynamic-programming table, palindrome[i, j] for every
// substring. Correct answers, but O(n²) memory (4 MB of booleans for 2 000 characters) and
// O(n²) time on every input, where expanding around centres needs O(1) extra.
namespace Katas.LongestPalindrome;

/// <summary>Finds the longest palindromic substring of a text.</summary>
public static class LongestPalindrome
{
    /// <summary>The longest palindromic substring; of several that long, the leftmost.</summary>
    public static string Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = text.Length;
        var palindrome = new bool[n, n];
        var bestStart = 0;
        var bestLength = n == 0 ? 0 : 1;
        for (var length = 1; length <= n; length++)
        {
            for (var start = 0; start + length <= n; start++)
            {
                var end = start + length - 1;
                palindrome[start, end] = text[start] == text[end] && (length <= 2 || palindrome[start + 1, end - 1]);
                if (palindrome[start, end] && length > bestLength)
                {
                    bestStart = start;
                    bestLength = length;
                }
            }
        }

        return text.Substring(bestStart, bestLength);
    }
}
