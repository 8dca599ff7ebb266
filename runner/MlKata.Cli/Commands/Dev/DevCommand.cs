using System.CommandLine;

namespace MlKata.Cli.Commands.Dev;

/// <summary>
/// `mlkata dev …`: the commands of kata and rule authors, kept apart from the learner's so
/// that `mlkata --help` shows a learner only what they need.
/// </summary>
internal static class DevCommand
{
    public static Command Create() =>
        new("dev", "For kata authors: create katas and mistakes, prove them, measure them.")
        {
            NewKataCommand.Create(),
            MistakeCommand.Create(),
            VerifyCommand.Create(),
            MutateCommand.Create(),
            BenchEngineCommand.Create(),
            BenchCheckCommand.Create(),
            TemplateContentCommand.Create(),
            ToolCatalogCommand.Create(),
        };
}
