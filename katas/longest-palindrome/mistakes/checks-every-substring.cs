// Wrong for this kata: checks every substring, longest first, and returns the first
// palindrome. Correct answers, but O(n³) in the worst case ("aaaa…b") and quadratic even on
// random text, where most checks fail at their first character.
namespace Katas.LongestPalindrome;

/// <summary>Finds the longest palindromic substring of a text.</summary>
public static class LongestPalindrome
{
    /// <summary>The longest palindromic substring; of several that long, the leftmost.</summary>
    public static string Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var length = text.Length; length > 0; length--)
        {
            for (var start = 0; start + length <= text.Length; start++)
            {
                if (IsPalindrome(text, start, start + length - 1))
                {
                    return text.Substring(start, length);
                }
            }
        }

        return "";
    }

    private static bool IsPalindrome(string text, int left, int right)
    {
        while (left < right)
        {
            if (text[left++] != text[right--])
            {
                return false;
            }
        }

        return true;
    }
}
