using System.Text;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace MlKata.Cli.Markdown;

/// <summary>
/// Turns markdown's inline markup into Spectre.Console markup: `code` coloured, **bold**,
/// *italic*, links as their text (a web link with its address, a link to another rule's page
/// with the command that prints it unless the text is already the rule's id), backslash
/// escapes resolved. Everything else is escaped, so no text can inject markup.
/// </summary>
internal static partial class InlineMarkup
{
    public const string CodeStyle = "aqua";

    public static string ToMarkup(string text)
    {
        var markup = new StringBuilder();
        var at = 0;
        foreach (Match match in Inline().Matches(text))
        {
            markup.Append(Markup.Escape(text[at..match.Index]));
            markup.Append(Convert(match));
            at = match.Index + match.Length;
        }

        return markup.Append(Markup.Escape(text[at..])).ToString();
    }

    /// <summary>How many characters <paramref name="text"/> shows once rendered (for aligning columns).</summary>
    public static int PlainLength(string text) => Spectre.Console.Markup.Remove(ToMarkup(text)).Length;

    private static string Convert(Match match)
    {
        if (match.Groups["code"].Success)
        {
            return $"[{CodeStyle}]{Markup.Escape(match.Groups["code"].Value.Trim())}[/]";
        }

        if (match.Groups["bold"].Success)
        {
            return $"[bold]{ToMarkup(match.Groups["bold"].Value)}[/]";
        }

        if (match.Groups["italic"].Success)
        {
            return $"[italic]{ToMarkup(match.Groups["italic"].Value)}[/]";
        }

        if (match.Groups["escaped"].Success)
        {
            return Markup.Escape(match.Groups["escaped"].Value);
        }

        var label = ToMarkup(match.Groups["label"].Value);
        var target = match.Groups["target"].Value;
        return RulePageLink().Match(target) is { Success: true } rule && rule.Groups["id"].Value != match.Groups["label"].Value
            ? $"{label} [grey]({Markup.Escape(MlKata.Analyzers.HelpLinks.ExplainCommand(rule.Groups["id"].Value))})[/]"
            : target.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                ? $"{label} [grey]({Markup.Escape(target)})[/]"
                : label; // a rule named by its id, or a page of the repository, which a terminal cannot open
    }

    // Code first: nothing inside backticks is markup. Emphasis needs text hugging its stars.
    [GeneratedRegex("""(?<ticks>`+)(?<code>.+?)\k<ticks>|\*\*(?<bold>\S(.*?\S)?)\*\*|\*(?<italic>[^\s*]([^*]*?[^\s*])?)\*|\[(?<label>[^\]]+)\]\((?<target>[^)\s]+)\)|\\(?<escaped>[\\`*_{}\[\]()#+\-.!|<>])""")]
    private static partial Regex Inline();

    [GeneratedRegex(@"^(?<id>MLK\d+)\.md$")]
    private static partial Regex RulePageLink();
}
