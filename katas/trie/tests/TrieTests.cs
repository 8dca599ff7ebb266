using MlKata.Testing;
using NUnit.Framework;

namespace Katas.Trie.Tests;

public sealed class TrieTests
{
    [Test, Task(1), Points(1)]
    public void An_empty_trie_holds_no_word()
    {
        var trie = new Trie();

        Assert.That(trie.Search("apple"), Is.False);
    }

    [Test, Task(1), Points(1)]
    public void Inserted_words_are_found()
    {
        var trie = TrieOf("apple", "app", "banana");

        Assert.Multiple(() =>
        {
            Assert.That(trie.Search("apple"), Is.True, "apple");
            Assert.That(trie.Search("app"), Is.True, "app");
            Assert.That(trie.Search("banana"), Is.True, "banana");
        });
    }

    [Test, Task(1), Points(2)]
    public void A_prefix_of_a_word_is_not_a_word_until_it_is_inserted()
    {
        var trie = TrieOf("apple");
        Assert.That(trie.Search("app"), Is.False, "only apple was inserted");

        trie.Insert("app");
        Assert.That(trie.Search("app"), Is.True, "app was inserted after apple");
    }

    [Test, Task(1), Points(1)]
    public void A_longer_word_than_any_inserted_is_not_found()
    {
        var trie = TrieOf("app");

        Assert.Multiple(() =>
        {
            Assert.That(trie.Search("apple"), Is.False, "apple, when only app was inserted");
            Assert.That(trie.Search("b"), Is.False, "b shares no letter with app");
        });
    }

    [Test, Task(1), Points(1)]
    public void The_empty_word_is_a_word_only_once_inserted()
    {
        var trie = TrieOf("a");
        Assert.That(trie.Search(""), Is.False, "the empty word before it is inserted");

        trie.Insert("");
        Assert.Multiple(() =>
        {
            Assert.That(trie.Search(""), Is.True, "the empty word after it is inserted");
            Assert.That(trie.Search("a"), Is.True, "a, inserted before it");
            Assert.That(trie.Search("b"), Is.False, "b, never inserted");
        });
    }

    [Test, Task(1), Points(2)]
    public void Words_are_case_sensitive_and_may_hold_any_character()
    {
        string[] words = ["Apple", "naïve", "日本語", "a b", "x-1", "😀ok", "Z"];
        var trie = TrieOf(words);

        Assert.Multiple(() =>
        {
            foreach (var word in words)
            {
                Assert.That(trie.Search(word), Is.True, word);
            }

            Assert.That(trie.Search("apple"), Is.False, "apple, when Apple was inserted");
            Assert.That(trie.Search("z"), Is.False, "z, when Z was inserted");
            Assert.That(trie.Search("日本"), Is.False, "日本, a prefix of 日本語");
        });
    }

    [Test, Task(1), Points(1)]
    public void Inserting_a_word_twice_is_the_same_as_once()
    {
        var trie = TrieOf("model", "model");

        Assert.Multiple(() =>
        {
            Assert.That(trie.Search("model"), Is.True);
            Assert.That(trie.Search("mode"), Is.False);
        });
    }

    [Test, Task(1), Points(1)]
    public void Null_words_are_rejected()
    {
        var trie = new Trie();

        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentNullException>(() => trie.Insert(null!), "Insert(null)");
            Assert.Throws<ArgumentNullException>(() => trie.Search(null!), "Search(null)");
        });
    }

    [Test, Task(2), Points(2)]
    public void Every_prefix_of_an_inserted_word_is_a_prefix()
    {
        var trie = TrieOf("apple", "banana");

        Assert.Multiple(() =>
        {
            foreach (var word in new[] { "apple", "banana" })
            {
                for (var length = 1; length <= word.Length; length++)
                {
                    Assert.That(trie.StartsWith(word[..length]), Is.True, word[..length]);
                }
            }
        });
    }

    [Test, Task(2), Points(2)]
    public void A_prefix_no_word_has_is_not_a_prefix()
    {
        var trie = TrieOf("apple", "banana");

        Assert.Multiple(() =>
        {
            Assert.That(trie.StartsWith("apx"), Is.False, "apx: the walk leaves apple at its third letter");
            Assert.That(trie.StartsWith("applesauce"), Is.False, "applesauce: longer than apple");
            Assert.That(trie.StartsWith("c"), Is.False, "c: no word starts with it");
            Assert.That(trie.StartsWith("bananas"), Is.False, "bananas: one letter past banana");
        });
    }

    [Test, Task(2), Points(1)]
    public void The_empty_prefix_is_a_prefix_once_any_word_is_inserted()
    {
        var trie = new Trie();
        Assert.That(trie.StartsWith(""), Is.False, "no word starts with anything in an empty trie");

        trie.Insert("");
        Assert.That(trie.StartsWith(""), Is.True, "the empty word starts with the empty prefix");

        var other = TrieOf("q");
        Assert.That(other.StartsWith(""), Is.True, "q starts with the empty prefix");
    }

    [Test, Task(2), Points(1)]
    public void A_null_prefix_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new Trie().StartsWith(null!));
    }

    [Test, Task(2), Points(2)]
    public void Search_and_StartsWith_agree_with_a_list_of_the_words_on_seeded_data()
    {
        // A three-letter alphabet makes words share long prefixes, where tries go wrong.
        var random = SeededData.Random(13);
        var words = Enumerable.Range(0, 400).Select(_ => RandomWord(random, 0, 7)).ToList();
        var trie = TrieOf([.. words]);
        var set = words.ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var query = RandomWord(random, 0, 9);
                Assert.That(trie.Search(query), Is.EqualTo(set.Contains(query)), $"Search(\"{query}\")");
                Assert.That(trie.StartsWith(query), Is.EqualTo(words.Exists(w => w.StartsWith(query, StringComparison.Ordinal))), $"StartsWith(\"{query}\")");
            }
        });
    }

    [Test, Task(3), Points(2)]
    public void Search_costs_the_same_for_10_words_as_for_100_000()
    {
        Complexity.AssertConstantPerOperation(
            count =>
            {
                var trie = TrieOfRandomWords(count);
                return () => trie.Search("pqrstuvw");
            },
            what: "Search");
    }

    [Test, Task(3), Points(2)]
    public void StartsWith_costs_the_same_for_10_words_as_for_100_000()
    {
        Complexity.AssertConstantPerOperation(
            count =>
            {
                var trie = TrieOfRandomWords(count);
                return () => trie.StartsWith("pqrstu");
            },
            what: "StartsWith");
    }

    private static Trie TrieOf(params string[] words)
    {
        var trie = new Trie();
        foreach (var word in words)
        {
            trie.Insert(word);
        }

        return trie;
    }

    // Words over a-o only, so that a query over p-w is absent and walks no further than one letter.
    private static Trie TrieOfRandomWords(int count)
    {
        var random = SeededData.Random(count);
        var trie = new Trie();
        for (var i = 0; i < count; i++)
        {
            trie.Insert(string.Create(8, random, static (span, r) =>
            {
                for (var j = 0; j < span.Length; j++)
                {
                    span[j] = (char)('a' + r.Next(15));
                }
            }));
        }

        return trie;
    }

    private static string RandomWord(Random random, int minLength, int maxLength) =>
        new([.. Enumerable.Range(0, random.Next(minLength, maxLength + 1)).Select(_ => "abc"[random.Next(3)])]);
}
