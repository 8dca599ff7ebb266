using System.CommandLine;
using MlKata.Analyzers;
using MlKata.Cli.Markdown;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>
/// `mlkata explain [id]`: a rule's page in the terminal, as <c>rustc --explain</c> prints an
/// error's; with no id, the rules. Both come from the analyzer assembly itself (its descriptors
/// and its embedded pages), so they need no checkout, no web host and no network.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("id") { Description = "A rule id, such as MLK001 (leave it out to list the rules).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("explain", "Print a rule's page: what it flags, why interviewers care, wrong and right code. With no id, list the rules.") { id };
        command.SetAction(result => CliRun.Guarded(() => result.GetValue(id) is { } ruleId ? Explain(ruleId) : List()));
        return command;
    }

    private static int Explain(string id)
    {
        var rule = Rules.All.FirstOrDefault(r => string.Equals(r.Id, id.Trim(), StringComparison.OrdinalIgnoreCase))
                   ?? throw CliException.BadInput($"Unknown rule '{id}'. The rules are {string.Join(", ", Rules.All.Select(r => r.Id))}; `mlkata explain` lists them with their titles.");
        var page = RulePages.Read(rule.Id)
                   ?? throw CliException.Infrastructure($"{rule.Id} has no page in {typeof(RulePages).Assembly.GetName().Name}: this build of mlkata left it out.");
        TerminalMarkdown.Write(AnsiConsole.Console, page);
        return ExitCodes.Success;
    }

    private static int List()
    {
        var table = new Table().AddColumns("rule", "title", "severity", "category");
        foreach (var rule in Rules.All)
        {
            table.AddRow(rule.Id, Markup.Escape(rule.Title.ToString()), rule.DefaultSeverity.ToString(), rule.Category);
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(HelpLinks.ExplainCommand("<id>"))} prints a rule's page.[/]");
        return ExitCodes.Success;
    }
}
