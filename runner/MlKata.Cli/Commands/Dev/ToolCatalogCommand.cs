using System.CommandLine;
using MlKata.Core.Catalog;

namespace MlKata.Cli.Commands.Dev;

/// <summary>
/// `mlkata dev tool-catalog`: writes the catalog the installed tool carries, every kata's
/// learner view. Run by MlKata.Cli.csproj when it packs the tool; hidden from help.
/// </summary>
internal static class ToolCatalogCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output") { Description = "Folder to write the catalog into (emptied first).", Required = true };
        var command = new Command("tool-catalog", "Write every kata's learner view, the installed tool's catalog (used when packing).") { output };
        command.Hidden = true;
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var folder = PackOutput.Emptied(result.GetValue(output)!);
            LearnerView.WriteCatalog(Repository.LocateCheckout("mlkata dev tool-catalog").LoadCatalog(), folder);
            Console.WriteLine($"tool catalog written to {folder}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
