using System.CommandLine;
using MlKata.Core.Catalog;
using MlKata.Core.Learners;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>
/// `mlkata next`: the kata to take next, by track, level and the learner's progress: the first
/// kata, track by track and easy to hard, without a passing check in a kata folder under the
/// workspace. Runs no check: the verdict is the one `check`, `watch` and `hint` record.
/// </summary>
internal static class NextCommand
{
    public static Command Create()
    {
        var workspace = KataOptions.Workspace();
        var command = new Command("next", $"""
            Suggest the kata to take next, and the command to start it. Katas go track by track ({string.Join(", ", KataTracks.All)}), easy to hard within a track; the suggestion is the first you have not passed. A kata counts as passed when the last `mlkata check`, `watch` or `hint` of one of your folders of it under the workspace passed (each keeps its verdict in <kata>/{LearnerKata.StateFolderName}/).
            """) { workspace };
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var repository = Repository.Locate();
            var catalog = repository.LoadCatalog();
            var standings = LearnerWorkspace.Find(result.GetValue(workspace) ?? Environment.CurrentDirectory, catalog, repository.KatasFolder)
                .Select(KataStanding.Of)
                .ToList();
            var suggestion = NextKata.Suggest([.. catalog.Select(k => k.Manifest)], standings);
            if (suggestion is null)
            {
                AnsiConsole.MarkupLine($"[green]You have passed every kata of the catalog ({catalog.Count}).[/] `mlkata list` shows them.");
                return ExitCodes.Success;
            }

            var kata = suggestion.Kata;
            AnsiConsole.MarkupLine($"[bold]Next:[/] {Markup.Escape(kata.Id)} — {Markup.Escape(kata.Title)} ({kata.Level.ToString().ToLowerInvariant()}, {Markup.Escape(kata.Track)})");
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(suggestion.Why)}[/]");
            var start = suggestion.StartedIn is { } folder
                ? $"mlkata check {Path.GetRelativePath(Environment.CurrentDirectory, folder)}"
                : $"mlkata new {kata.Id}";
            AnsiConsole.MarkupLine($"{(suggestion.StartedIn is null ? "Start it" : "Go on")}: [blue]{Markup.Escape(start)}[/]");
            return ExitCodes.Success;
        }));
        return command;
    }
}
