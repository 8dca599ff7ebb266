using System.CommandLine;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Engine.Isolation;
using MlKata.Core.Learners;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>
/// `mlkata list`: every kata as a table, with the learner's progress on each one scaffolded
/// under the workspace folder (not started / failing / passing).
/// </summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var workspace = KataOptions.Workspace();
        var command = new Command("list", "List every kata: id, title, level, track, and your progress on those under the workspace.") { workspace };
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var repository = Repository.Locate();
            var catalog = repository.LoadCatalog();
            var progress = WorkspaceProgress(result.GetValue(workspace) ?? Environment.CurrentDirectory, repository, catalog);

            var table = new Table().AddColumns("id", "title", "level", "track", "gpu", "progress");
            foreach (var kata in catalog)
            {
                table.AddRow(
                    Markup.Escape(kata.Id),
                    Markup.Escape(kata.Manifest.Title),
                    kata.Manifest.Level.ToString().ToLowerInvariant(),
                    kata.Manifest.Track,
                    kata.Manifest.Gpu ? "gpu" : "",
                    progress.TryGetValue(kata.Id, out var state) ? Show(state) : "[grey]-[/]");
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Dictionary<string, KataProgress> WorkspaceProgress(string workspace, Repository repository, IReadOnlyList<Kata> catalog)
    {
        var found = new Dictionary<string, KataProgress>(StringComparer.Ordinal);
        WorkerChecker? checker = null;
        try
        {
            foreach (var learner in LearnerWorkspace.Find(workspace, catalog, repository.KatasFolder))
            {
                var state = LearnerProgress.Read(learner);
                if (state == KataProgress.Unchecked)
                {
                    checker ??= new WorkerChecker();
                    state = CheckCommand.CheckAndRecord(learner, checker).Status == KataStatus.Passed
                        ? KataProgress.Passing
                        : KataProgress.Failing;
                }

                // Several folders of one kata: the furthest along counts.
                found[learner.Kata.Id] = found.TryGetValue(learner.Kata.Id, out var other) && other > state ? other : state;
            }
        }
        finally
        {
            checker?.Dispose();
        }

        return found;
    }

    private static string Show(KataProgress progress) => progress switch
    {
        KataProgress.Passing => "[green]passing[/]",
        KataProgress.Failing => "[red]failing[/]",
        KataProgress.NotStarted => "not started",
        _ => "[grey]unchecked[/]",
    };
}
