using MlKata.Analyzers;
using MlKata.Core.Engine;
using Spectre.Console;

namespace MlKata.Cli;

/// <summary>Shows a kata result the way a learner reads it: tests by task, why each failed, hints, points.</summary>
internal static class ResultView
{
    public static void Show(KataResult result)
    {
        foreach (var task in result.Tests.GroupBy(t => t.Task ?? 0).OrderBy(g => g.Key))
        {
            AnsiConsole.MarkupLine($"[bold]Task {task.Key}[/]");
            foreach (var test in task)
            {
                var (mark, colour) = test.Verdict switch
                {
                    TestVerdict.Passed => ("✓", "green"),
                    TestVerdict.TimedOut => ("⏱", "yellow"),
                    TestVerdict.Skipped => ("-", "grey"),
                    _ => ("✗", "red"),
                };
                AnsiConsole.MarkupLine($"  [{colour}]{mark}[/] {Markup.Escape(ShortName(test.Name))}");
                if (test.Verdict != TestVerdict.Passed)
                {
                    AnsiConsole.MarkupLine($"      [grey]{Markup.Escape(test.Summary)}[/]");
                }
            }
        }

        foreach (var hint in result.Diagnostics.Where(d => IsRule(d) || d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(hint.ToString())}[/][grey]{Markup.Escape(WhereDocumented(hint))}[/]");
        }

        var colourOfStatus = result.Status == KataStatus.Passed ? "green" : "red";
        AnsiConsole.MarkupLine($"[{colourOfStatus}]{result.Status}[/]: {Markup.Escape(result.Message)} — {result.PointsEarned}/{result.PointsPossible} points");
    }

    private static bool IsRule(BuildDiagnostic diagnostic) => diagnostic.Id.StartsWith("MLK", StringComparison.Ordinal);

    // A rule's configured link, else the command that prints its page; a compiler error has neither.
    private static string WhereDocumented(BuildDiagnostic diagnostic) =>
        diagnostic.HelpLink is { } link ? $" ({link})"
        : IsRule(diagnostic) ? $" (run `{HelpLinks.ExplainCommand(diagnostic.Id)}`)"
        : "";

    // Within one kata every test sits in the kata's fixture: its name adds nothing but width.
    private static string ShortName(string name) => name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..];
}
