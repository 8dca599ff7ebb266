using System;
using System.Collections.Generic;
using System.Text;

namespace MlKata.Analyzers;

/// <summary>
/// The words of an identifier, for rules that read intent from names: <c>_shardCount</c> is
/// "shard" and "count", <c>AssignVariant</c> is "assign" and "variant". Whole words only, so
/// "Settings" is not "set" and "String" is not "ring"; lower case, with a plural's final s dropped.
/// </summary>
internal static class IdentifierWords
{
    /// <summary>The first word of <paramref name="identifier"/> that is one of <paramref name="words"/>, if any.</summary>
    public static string? FirstOf(string identifier, ISet<string> words)
    {
        foreach (var word in Of(identifier))
        {
            if (words.Contains(word))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The words of <paramref name="identifier"/>: split at underscores, digits and case changes (<c>HTTPServer</c> is "http", "server").</summary>
    public static IEnumerable<string> Of(string identifier)
    {
        var word = new StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetter(c))
            {
                foreach (var done in Flush(word))
                {
                    yield return done;
                }

                continue;
            }

            var startsWord = char.IsUpper(c) && word.Length > 0 &&
                             (char.IsLower(identifier[i - 1]) || (i + 1 < identifier.Length && char.IsLower(identifier[i + 1])));
            if (startsWord)
            {
                foreach (var done in Flush(word))
                {
                    yield return done;
                }
            }

            word.Append(char.ToLowerInvariant(c));
        }

        foreach (var done in Flush(word))
        {
            yield return done;
        }
    }

    private static IEnumerable<string> Flush(StringBuilder word)
    {
        if (word.Length == 0)
        {
            yield break;
        }

        var text = word.ToString();
        word.Clear();
        yield return Singular(text);
    }

    // Plural to singular, enough for names: shards, nodes, replicas, variants; "class" and "status" keep their s.
    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            ? word.Substring(0, word.Length - 1)
            : word;
}
