using System.CommandLine;
using MlKata.Core.Learners;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>`mlkata hint [dir]`: the next hint not yet shown for the kata in a folder.</summary>
internal static class HintCommand
{
    public static Command Create()
    {
        var folder = KataOptions.Folder();
        var command = new Command("hint", "Show the kata's next hint (one at a time; remembered in the kata folder).") { folder };
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var learner = LearnerKata.Locate(result.GetValue(folder) ?? Environment.CurrentDirectory, Repository.Locate().LoadCatalog());
            var hints = learner.Kata.Manifest.Hints;
            if (HintLedger.RevealNext(learner) is var (number, text))
            {
                AnsiConsole.MarkupLine($"[bold]Hint {number} of {hints.Count}:[/] {Markup.Escape(text)}");
                return ExitCodes.Success;
            }

            AnsiConsole.MarkupLine($"[grey]All {hints.Count} hints have been shown:[/]");
            for (var i = 0; i < hints.Count; i++)
            {
                AnsiConsole.MarkupLine($"  {i + 1}. {Markup.Escape(hints[i])}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
