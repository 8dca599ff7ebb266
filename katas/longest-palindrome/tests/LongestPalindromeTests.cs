using MlKata.Testing;
using NUnit.Framework;

namespace Katas.LongestPalindrome.Tests;

public sealed class LongestPalindromeTests
{
    [TestCase("racecar", "racecar")]
    [TestCase("xracecary", "racecar")]
    [TestCase("abcba_xyz", "abcba")]
    [Task(1), Points(1)]
    public void Finds_an_odd_length_palindrome(string text, string expected)
    {
        Assert.That(LongestPalindrome.Find(text), Is.EqualTo(expected));
    }

    [TestCase("abba", "abba")]
    [TestCase("xyzzyq", "yzzy")]
    [TestCase("cbbd", "bb")]
    [TestCase("aabbbbaac", "aabbbbaa")]
    [Task(1), Points(1)]
    public void Finds_an_even_length_palindrome(string text, string expected)
    {
        Assert.That(LongestPalindrome.Find(text), Is.EqualTo(expected));
    }

    [TestCase("abbaxyz", "abba")]
    [TestCase("abaxyz", "aba")]
    [TestCase("xyzabba", "abba")]
    [TestCase("xyzaba", "aba")]
    [TestCase("aa", "aa")]
    [Task(1), Points(1)]
    public void Finds_a_palindrome_that_touches_either_end_of_the_text(string text, string expected)
    {
        Assert.That(LongestPalindrome.Find(text), Is.EqualTo(expected));
    }

    [TestCase("abacdc", "aba")]
    [TestCase("xyz", "x")]
    [TestCase("abbacddc", "abba")]
    [Task(1), Points(1)]
    public void Of_equally_long_palindromes_the_leftmost_wins(string text, string expected)
    {
        Assert.That(LongestPalindrome.Find(text), Is.EqualTo(expected));
    }

    [TestCase("", "")]
    [TestCase("q", "q")]
    [TestCase("aaaa", "aaaa")]
    [TestCase("Aa", "A")]
    [TestCase("a b a", "a b a")]
    [Task(1), Points(1)]
    public void Handles_the_edge_cases(string text, string expected)
    {
        Assert.That(LongestPalindrome.Find(text), Is.EqualTo(expected));
    }

    [Test, Task(1), Points(1)]
    public void A_null_text_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => LongestPalindrome.Find(null!));
    }

    [Test, Task(1), Points(3)]
    public void Agrees_with_a_check_of_every_substring_on_seeded_texts()
    {
        var random = SeededData.Random(21);
        Assert.Multiple(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                var text = RandomText(random, random.Next(0, 40), alphabet: "ab");
                Assert.That(LongestPalindrome.Find(text), Is.EqualTo(SlowLongest(text)), $"text \"{text}\"");
            }
        });
    }

    [Test, Task(2), Points(2)]
    public void Allocates_little_more_than_the_answer_even_for_a_long_text()
    {
        // A table of n × n booleans for n = 2 000 is 4 MB; expanding around centres needs
        // nothing but the answer, and even an O(n) method (Manacher's) stays far below this.
        var text = RandomText(SeededData.Random(5), 2_000, alphabet: "abcd");

        Allocations.AssertAtMostPerCall(() => LongestPalindrome.Find(text), bytesPerCall: 64 * text.Length, what: "Find on 2 000 characters", calls: 3);
    }

    [Test, Task(2), Points(2)]
    public void Time_grows_about_linearly_on_random_text()
    {
        // On random text a centre's expansion stops after a step or two, so growing every centre
        // is about linear; a table or a check of every substring grows with n² or worse. Both
        // sizes cycle through 64 K characters of text: the branch predictor would learn a few
        // short texts by heart and make the small size look faster than it is.
        Complexity.AssertLinearGrowth(
            size =>
            {
                var random = SeededData.Random(size);
                var texts = Enumerable.Range(0, (1 << 16) / size).Select(_ => RandomText(random, size, alphabet: "abcd")).ToArray();
                var next = 0;
                return () => LongestPalindrome.Find(texts[next++ % texts.Length]);
            },
            small: 100,
            large: 2_000,
            what: "Find");
    }

    private static string RandomText(Random random, int length, string alphabet) =>
        string.Create(length, (random, alphabet), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
            }
        });

    // The definition, checked directly: every substring, longest first, leftmost first.
    private static string SlowLongest(string text)
    {
        for (var length = text.Length; length > 0; length--)
        {
            for (var start = 0; start + length <= text.Length; start++)
            {
                var candidate = text.Substring(start, length);
                if (candidate.SequenceEqual(candidate.Reverse()))
                {
                    return candidate;
                }
            }
        }

        return "";
    }
}
