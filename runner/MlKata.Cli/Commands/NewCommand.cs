using System.CommandLine;
using MlKata.Core.Engine;
using MlKata.Core.Learners;
using MlKata.Core.Packaging;
using MlKata.Core.Processes;
using MlKata.Core.Templates;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>
/// `mlkata new &lt;id&gt;`: packs the local feed if it is missing or stale, installs or updates the
/// template, scaffolds the kata with <c>dotnet new mlkata</c>, and runs its tests once.
/// </summary>
internal static class NewCommand
{
    /// <summary>Set to a folder to install the template there instead of the user's own template store (tests use it).</summary>
    public const string TemplateHiveVariable = "MLKATA_TEMPLATE_HIVE";

    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The kata to start (see `mlkata list`)." };
        var output = new Option<string?>("--output", "-o") { Description = "Folder to create (default: ./<id>). Must be empty or missing." };
        var name = new Option<string?>("--name", "-n") { Description = "Project name (default: the folder's name)." };
        var command = new Command("new", "Start a kata: scaffold it as a self-contained NUnit project and run its tests once.") { id, output, name };
        command.SetAction(result => CliRun.Guarded(() => Run(result.GetValue(id)!, result.GetValue(output), result.GetValue(name))));
        return command;
    }

    private static int Run(string id, string? output, string? name)
    {
        var repository = Repository.Locate();
        var kata = repository.FindKata(id);
        var target = Path.GetFullPath(output ?? id);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw CliException.BadInput($"{target} is not empty: choose another folder with -o, or remove it first.");
        }

        var hive = Environment.GetEnvironmentVariable(TemplateHiveVariable);
        PrepareTemplate(repository.Root, hive);
        string[] nameArguments = name is null ? [] : ["-n", name];
        var feed = LocalFeed.Folder(repository.Root);
        DotnetOrFail("scaffold the kata", ["new", TemplateContentWriter.ShortName, "--kata", id, "-o", target, "--feed", feed, .. nameArguments, .. TemplateInstaller.HiveArguments(hive)]);
        AnsiConsole.MarkupLine($"[green]Created[/] {Markup.Escape(target)} ({Markup.Escape(kata.Manifest.Title)})");

        var result = KataEngine.Check(kata, LearnerKata.Open(target, [kata]).ReadLearnerFiles(), "new");
        ResultView.Show(result, kata.Manifest.LearnerFiles);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, target);
        AnsiConsole.MarkupLine($"""

            [bold]Next:[/] read {Markup.Escape(Path.Combine(relative, "README.md"))}, then make the tests pass by completing {Markup.Escape(string.Join(", ", kata.Manifest.LearnerFiles.Select(f => Path.Combine(relative, "src", f))))}.
            Run the tests with [blue]dotnet test {Markup.Escape(relative)}[/], in any IDE, or [blue]mlkata check {Markup.Escape(relative)}[/].
            """);
        return ExitCodes.Success;
    }

    private static void PrepareTemplate(string root, string? hive)
    {
        try
        {
            var version = LocalFeed.EnsurePacked(root, message => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]"));
            if (TemplateInstaller.EnsureInstalled(root, version, hive))
            {
                AnsiConsole.MarkupLine($"[grey]Installed the mlkata template {Markup.Escape(version)}.[/]");
            }
        }
        catch (InvalidOperationException e)
        {
            throw CliException.Infrastructure(e.Message);
        }
    }

    private static void DotnetOrFail(string what, string[] arguments)
    {
        var (exitCode, text) = DotnetCli.Run(Environment.CurrentDirectory, null, arguments);
        if (exitCode != 0)
        {
            throw CliException.Infrastructure($"Could not {what} (dotnet {string.Join(' ', arguments)} exited with {exitCode}):{Environment.NewLine}{text.Trim()}");
        }
    }
}
