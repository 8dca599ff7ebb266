using System.CommandLine;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>`mlkata list`: every kata, as a table.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List every kata: id, title, level and track.");
        command.SetAction(_ => CliRun.Guarded(() =>
        {
            var table = new Table().AddColumns("id", "title", "level", "track");
            foreach (var kata in Repository.Locate().LoadCatalog())
            {
                table.AddRow(Markup.Escape(kata.Id), Markup.Escape(kata.Manifest.Title), kata.Manifest.Level.ToString().ToLowerInvariant(), kata.Manifest.Track);
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        }));
        return command;
    }
}
