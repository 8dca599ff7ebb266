using System.CommandLine;
using MlKata.Core.Engine;
using MlKata.Core.Learners;
using MlKata.Core.Packaging;
using MlKata.Core.Processes;
using MlKata.Core.Templates;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>
/// `mlkata new &lt;id&gt;`: in a checkout, packs the local feed if it is missing or stale; installs or
/// updates the template from that feed (or from the installed tool's own), scaffolds the kata
/// with <c>dotnet new mlkata</c>, restores it (an editor shows the MLK hints only in a restored
/// project), and runs its tests once.
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
        var feed = PrepareTemplate(repository, hive);
        string[] nameArguments = name is null ? [] : ["-n", name];
        // The template's own restore reports a failure only as text, with exit code 0: restoring
        // here instead lets a failure be told apart and explained.
        DotnetOrFail("scaffold the kata", ["new", TemplateContentWriter.ShortName, "--kata", id, "-o", target, "--feed", feed, TemplateRestore.NoRestoreOption, .. nameArguments, .. TemplateInstaller.HiveArguments(hive)]);
        AnsiConsole.MarkupLine($"[green]Created[/] {Markup.Escape(target)} ({Markup.Escape(kata.Manifest.Title)})");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, target);
        Restore(target, relative);

        var result = KataEngine.Check(kata, LearnerKata.Open(target, [kata]).ReadLearnerFiles(), "new");
        ResultView.Show(result, kata.Manifest.LearnerFiles);
        AnsiConsole.MarkupLine($"""

            [bold]Next:[/] read {Markup.Escape(Path.Combine(relative, "README.md"))}, then make the tests pass by completing {Markup.Escape(string.Join(", ", kata.Manifest.LearnerFiles.Select(f => Path.Combine(relative, "src", f))))}.
            Run the tests with [blue]dotnet test {Markup.Escape(relative)}[/], in any IDE, or [blue]mlkata check {Markup.Escape(relative)}[/].
            """);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Installs the template from the feed the scaffold will restore from, and returns that feed:
    /// the installed tool's own (packed with it), or a checkout's local feed, packed first if stale.
    /// </summary>
    private static string PrepareTemplate(Repository repository, string? hive)
    {
        try
        {
            string feed, version;
            if (repository.IsInstalledTool)
            {
                feed = ToolLayout.FeedFolder(AppContext.BaseDirectory);
                version = ToolLayout.FeedVersion(feed);
            }
            else
            {
                feed = LocalFeed.Folder(repository.Root);
                version = LocalFeed.EnsurePacked(repository.Root, message => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]"));
            }

            if (TemplateInstaller.EnsureInstalled(feed, version, hive))
            {
                AnsiConsole.MarkupLine($"[grey]Installed the mlkata template {Markup.Escape(version)}.[/]");
            }

            return feed;
        }
        catch (InvalidOperationException e)
        {
            throw CliException.Infrastructure(e.Message);
        }
    }

    /// <summary>
    /// Restores the scaffold. A failure (offline, a feed gone) is reported and not fatal: the kata
    /// is there and `mlkata check` needs no packages; only the editor's hints and `dotnet test` wait
    /// for a restore, so the learner is told to run one later.
    /// </summary>
    private static void Restore(string target, string relative)
    {
        var (exitCode, output) = DotnetCli.Run(target, null, "restore", "-nologo");
        if (exitCode == 0)
        {
            AnsiConsole.MarkupLine("[grey]Restored its packages: editors show the MLK hints as you type.[/]");
            return;
        }

        // NuGet's own error lines say why (a source unreachable, a package missing); the rest is noise.
        var errors = output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(5);
        AnsiConsole.MarkupLine($"[yellow]Could not restore the kata's packages[/] (dotnet restore exited with {exitCode}).");
        foreach (var error in errors)
        {
            AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(error)}[/]");
        }

        AnsiConsole.MarkupLine($"""
            The kata is scaffolded, and [blue]mlkata check[/] works without its packages. When you are online, run
            [blue]dotnet restore {Markup.Escape(relative)}[/]: until then your editor shows no MLK hints and [blue]dotnet test[/] cannot build it.
            """);
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
