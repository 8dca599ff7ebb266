using System.CommandLine;
using MlKata.Core.Templates;

namespace MlKata.Cli.Commands.Dev;

/// <summary>
/// `mlkata template-content`: writes the mlkata template's content from the katas folder.
/// Run by template/MlKata.Templates.csproj at pack time; hidden from help.
/// </summary>
internal static class TemplateContentCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output") { Description = "Folder to write the content into (emptied first).", Required = true };
        var version = new Option<string>("--version") { Description = "Version of MlKata.Testing and MlKata.Analyzers the scaffold references.", Required = true };
        var packages = new Option<string[]>("--package") { Description = "A package version as Id=Version (repeatable).", AllowMultipleArgumentsPerToken = false };
        var command = new Command("template-content", "Write the mlkata template's content (used when packing).") { output, version, packages };
        command.Hidden = true;
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var folder = PackOutput.Emptied(result.GetValue(output)!);
            var versions = (result.GetValue(packages) ?? [])
                .Select(p => p.Split('=', 2))
                .Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
            TemplateContentWriter.Write(Repository.LocateCheckout("mlkata dev template-content").LoadCatalog(), folder, result.GetValue(version)!, versions);
            Console.WriteLine($"template content written to {folder}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
