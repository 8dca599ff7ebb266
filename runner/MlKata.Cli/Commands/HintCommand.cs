using System.CommandLine;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Learners;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>
/// `mlkata hint [dir] [--task n]`: checks the kata, then shows the next hint not yet shown of
/// the first task still failing (remembered in the kata folder), or of the task asked for.
/// </summary>
internal static class HintCommand
{
    public static Command Create()
    {
        var folder = KataOptions.Folder();
        var task = new Option<int?>("--task", "-t") { Description = "The next hint of this task, without checking the kata first." };
        var command = new Command("hint", "Check the kata and show the next hint of the first task still failing (one at a time; remembered in the kata folder).") { folder, task };
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var learner = LearnerKata.Locate(result.GetValue(folder) ?? Environment.CurrentDirectory, Repository.Locate().LoadCatalog());
            var hints = learner.Kata.Manifest.Hints;
            var shown = HintLedger.Shown(learner);
            HintAdvice advice;
            if (result.GetValue(task) is { } asked)
            {
                if (asked < 1)
                {
                    throw CliException.BadInput($"--task must be a task number (1 or more), was {asked}.");
                }

                advice = HintAdvisor.Advise(hints, shown, [asked]);
            }
            else
            {
                using var checker = Checkers.Create(dotnetTest: false);
                var checkResult = CheckCommand.CheckAndRecord(learner, checker.Checker);
                var failing = HintAdvisor.FailingTasks(checkResult, hints);
                advice = HintAdvisor.Advise(hints, shown, failing);
                SayWhy(checkResult, failing, hints, advice);
            }

            if (advice is HintAdvice.Reveal reveal)
            {
                HintLedger.RecordShown(learner, reveal.Task, reveal.Number);
            }

            Show(advice);
            return ExitCodes.Success;
        }));
        return command;
    }

    // Why this task: a learner who asked for "a hint" should see which part of the kata it is about.
    private static void SayWhy(KataResult result, IReadOnlyList<int> failing, KataHints hints, HintAdvice advice)
    {
        if (failing.Count == 0)
        {
            return;
        }

        if (result.Tests.Count == 0)
        {
            AnsiConsole.MarkupLine($"[grey]No test ran ({result.Status}; `mlkata check` says why): hints start at task {failing[0]}.[/]");
            return;
        }

        var first = failing[0];
        var after = advice is HintAdvice.Reveal reveal && reveal.Task != first
            ? hints.For(first).Count == 0 ? " It has no hints." : $" You have seen its hints ([blue]mlkata hint --task {first}[/] shows them again)."
            : "";
        AnsiConsole.MarkupLine($"[grey]Task {first} is the first task still failing.{after}[/]");
    }

    private static void Show(HintAdvice advice)
    {
        switch (advice)
        {
            case HintAdvice.Reveal reveal:
                AnsiConsole.MarkupLine($"[bold]Task {reveal.Task}, hint {reveal.Number} of {reveal.Of}:[/] {Markup.Escape(reveal.Text)}");
                break;
            case HintAdvice.Recap recap:
                AnsiConsole.MarkupLine($"[grey]You have seen every hint of task {recap.Task}; here they are again:[/]");
                for (var i = 0; i < recap.Hints.Count; i++)
                {
                    AnsiConsole.MarkupLine($"  {i + 1}. {Markup.Escape(recap.Hints[i])}");
                }

                break;
            case HintAdvice.NoHint none:
                AnsiConsole.MarkupLine(none.FailingTasks.Count == 0
                    ? "[green]Every test passes: no hint needed.[/]"
                    : $"[grey]No hint for task {string.Join(", ", none.FailingTasks)}.[/]");
                AnsiConsole.MarkupLine(none.Unseen.Count == 0
                    ? "[grey]You have seen every hint of this kata.[/]"
                    : $"Hints you have not seen: {string.Join(", ", none.Unseen.Select(t => $"task {t.Key} ({t.Value})"))}. [blue]mlkata hint --task <n>[/] shows the next one of task n.");
                break;
        }
    }
}
