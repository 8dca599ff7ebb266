using System.Text.RegularExpressions;

namespace MlKata.Analyzers.Tests;

/// <summary>Test code with its diagnostic markup removed: the code a learner would have written.</summary>
internal static partial class Markup
{
    public static string Remove(string source)
    {
        // Innermost first: markup nests ({|MLK102:throw {|MLK102:new …|}|}).
        for (var previous = ""; previous != source;)
        {
            previous = source;
            source = MarkupPattern().Replace(source, "$1");
        }

        return source;
    }

    [GeneratedRegex(@"\{\|MLK\d{3}:((?:(?!\{\|).)*?)\|\}", RegexOptions.Singleline)]
    private static partial Regex MarkupPattern();
}
