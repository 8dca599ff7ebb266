using MlKata.Analyzers;
using MlKata.Core;
using MlKata.Core.Engine;
using MlKata.Core.Feedback;
using Spectre.Console;

namespace MlKata.Cli;

/// <summary>
/// Shows a kata result the way a learner reads it: tests by task; under each failure, why, the
/// assertion's own lines and where the learner's code threw; tests that failed the same way
/// once, with their count; then analyzer hints and points.
/// </summary>
internal static class ResultView
{
    // Enough for Expected, But was, Off by and an index line; an Assert.Multiple or a long
    // collection difference says the rest in results.json (`check --json`).
    private const int MaxDetailLines = 5;
    private const int MaxNameLines = 3;
    private const int NarrowestLine = 40;
    private const string Indent = "      ";
    private const string DetailIndent = "        ";

    /// <param name="result">The check's result.</param>
    /// <param name="learnerFiles">kata.json's learner files: where a thrown exception is located.</param>
    public static void Show(KataResult result, IReadOnlyCollection<string> learnerFiles)
    {
        foreach (var task in TaskFeedback.Of(result, learnerFiles))
        {
            var colour = task.Failures.Count == 0 ? "green" : "red";
            AnsiConsole.MarkupLine($"[bold]Task {task.Task}[/] · [{colour}]{task.Passed.Count} of {task.Count} passed[/]");
            foreach (var test in task.Passed)
            {
                AnsiConsole.MarkupLine($"  [green]✓[/] {Markup.Escape(ShortName(test.Name))}");
            }

            foreach (var group in task.Failures)
            {
                ShowFailure(group);
            }
        }

        foreach (var hint in result.Diagnostics.Where(d => IsRule(d) || d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(hint.ToString())}[/][grey]{Markup.Escape(WhereDocumented(hint))}[/]");
        }

        var colourOfStatus = result.Status == KataStatus.Passed ? "green" : "red";
        AnsiConsole.MarkupLine($"[{colourOfStatus}]{result.Status}[/]: {Markup.Escape(result.Message)} — {result.PointsEarned}/{Counted.Of(result.PointsPossible, "point")}");
    }

    private static void ShowFailure(FailureGroup group)
    {
        var failure = group.Failure;
        var (mark, colour) = failure.Verdict switch
        {
            TestVerdict.TimedOut => ("⏱", "yellow"),
            TestVerdict.Skipped => ("-", "grey"),
            _ => ("✗", "red"),
        };
        var why = failure.Location is null ? failure.Why : $"{failure.Why} — {failure.Location}";
        var names = group.Tests.Select(t => ShortName(t.Name)).ToList();
        if (names.Count == 1)
        {
            AnsiConsole.MarkupLine($"  [{colour}]{mark}[/] {Markup.Escape(names[0])}");
            AnsiConsole.MarkupLine($"{Indent}[grey]{Markup.Escape(LineBounds.Cut(why, Room(Indent)))}[/]");
        }
        else
        {
            var count = $"{names.Count} tests: ";
            AnsiConsole.MarkupLine($"  [{colour}]{mark}[/] {count}[grey]{Markup.Escape(LineBounds.Cut(why, Room($"  {mark} {count}")))}[/]");
            foreach (var line in LineBounds.Names(names, Room(Indent), MaxNameLines))
            {
                AnsiConsole.MarkupLine($"{Indent}{Markup.Escape(line)}");
            }
        }

        foreach (var line in LineBounds.Bounded(failure.Details, MaxDetailLines, Room(DetailIndent)))
        {
            AnsiConsole.MarkupLine($"{DetailIndent}[grey]{Markup.Escape(line)}[/]");
        }
    }

    // What is left of the terminal's width after a line's prefix: a line that wraps breaks the layout by task.
    private static int Room(string prefix) => Math.Max(NarrowestLine, AnsiConsole.Profile.Width - prefix.Length);

    private static bool IsRule(BuildDiagnostic diagnostic) => diagnostic.Id.StartsWith("MLK", StringComparison.Ordinal);

    // A rule's configured link, else the command that prints its page; a compiler error has neither.
    private static string WhereDocumented(BuildDiagnostic diagnostic) =>
        diagnostic.HelpLink is { } link ? $" ({link})"
        : IsRule(diagnostic) ? $" (run `{HelpLinks.ExplainCommand(diagnostic.Id)}`)"
        : "";

    // Within one kata every test sits in the kata's fixture: its name adds nothing but width.
    private static string ShortName(string name) => name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..];
}
