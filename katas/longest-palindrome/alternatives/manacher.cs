// Correct, in O(n) time: Manacher's algorithm. It reuses the mirror image of palindromes
// already found instead of growing every centre from scratch, at the cost of O(n) memory for
// the radii, which is still far from a table of every substring.
namespace Katas.LongestPalindrome;

/// <summary>Finds the longest palindromic substring of a text.</summary>
public static class LongestPalindrome
{
    /// <summary>The longest palindromic substring; of several that long, the leftmost.</summary>
    public static string Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Centres at characters (odd i) and between them (even i) of a virtual text with a
        // separator around every character; radius[i] is the palindrome's half-width there.
        var n = (2 * text.Length) + 1;
        var radius = new int[n];
        var centre = 0;
        var right = 0;
        var bestLength = 0;
        var bestStart = 0;
        for (var i = 0; i < n; i++)
        {
            var r = i < right ? Math.Min(right - i, radius[(2 * centre) - i]) : 0;
            while (i - r - 1 >= 0 && i + r + 1 < n && At(text, i - r - 1) == At(text, i + r + 1))
            {
                r++;
            }

            radius[i] = r;
            if (i + r > right)
            {
                centre = i;
                right = i + r;
            }

            // The radius in the virtual text is the palindrome's length in the real one.
            var start = (i - r) / 2;
            if (r > bestLength || (r == bestLength && start < bestStart))
            {
                bestLength = r;
                bestStart = start;
            }
        }

        return text.Substring(bestStart, bestLength);
    }

    // Separators sit at even positions and never equal a real character's position parity.
    private static int At(string text, int virtualIndex) => virtualIndex % 2 == 0 ? -1 : text[virtualIndex / 2];
}
