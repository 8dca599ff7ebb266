using System.CommandLine;
using MlKata.Cli.Commands;
using MlKata.Cli.Commands.Dev;
using Spectre.Console;

// Piped into a file, a CI log or another program, output has no terminal width to fit:
// wrapping it at 80 columns would split ids and paths mid-word.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : 200;
}

var root = new RootCommand("mlkata: practise the coding questions of ML-engineer interviews as katas.")
{
    ListCommand.Create(),
    NewCommand.Create(),
    CheckCommand.Create(),
    WatchCommand.Create(),
    HintCommand.Create(),
    NextCommand.Create(),
    ExplainCommand.Create(),
    GradeCommand.Create(),
    MergeCommand.Create(),
    BenchCommand.Create(),
    DevicesCommand.Create(),
    DevCommand.Create(),
    CheckServerCommand.Create(),
};

return root.Parse(args).Invoke();
