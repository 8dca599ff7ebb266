using System.CommandLine;
using MlKata.Core.Authoring;
using MlKata.Core.Catalog;
using Spectre.Console;

namespace MlKata.Cli.Commands.Dev;

/// <summary>
/// `mlkata dev mistake show|new &lt;id&gt; &lt;name&gt;`: a mistake is edited as whole files and stored
/// as a patch against the reference. `show` writes it out as whole files (the reference for a
/// name not yet stored); `new` stores an edited copy.
/// </summary>
internal static class MistakeCommand
{
    public static Command Create() =>
        new("mistake", "Write a mistake out as whole files, or store an edited copy of the reference as a mistake.")
        {
            Show(),
            New(),
        };

    private static Command Show()
    {
        var (id, name) = Arguments();
        var output = new Option<string?>("--output", "-o") { Description = "Folder to write the files into (default: ./<id>.<name>)." };
        var command = new Command("show", "Write a mistake's learner files out whole, to read or edit (the reference's, for a new name).") { id, name, output };
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var kata = Repository.LocateCheckout("mlkata dev mistake show").FindKata(result.GetValue(id)!);
            var mistakeName = result.GetValue(name)!;
            var files = kata.Manifest.Mistakes.ContainsKey(mistakeName) ? Read(kata, mistakeName) : kata.ReadReference().LearnerFiles;
            var folder = Path.GetFullPath(result.GetValue(output) ?? $"{kata.Id}.{mistakeName}");
            Directory.CreateDirectory(folder);
            foreach (var file in files)
            {
                File.WriteAllText(Path.Combine(folder, file.Path), file.Text);
                Console.WriteLine(Path.Combine(folder, file.Path));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command New()
    {
        var (id, name) = Arguments();
        var from = new Option<string>("--from") { Description = "The edited copy: a folder holding the learner files, or the one .cs file of a one-file kata.", Required = true };
        var command = new Command("new", "Store an edited copy of the reference as mistake <name>: a patch when that is shorter, else whole files.") { id, name, from };
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var kata = Repository.LocateCheckout("mlkata dev mistake new").FindKata(result.GetValue(id)!);
            var mistakeName = result.GetValue(name)!;
            if (!KataSkeleton.IsValidId(mistakeName))
            {
                throw CliException.BadInput($"'{mistakeName}' is not a mistake name: use kebab-case, such as 'list-remove-at-zero'.");
            }

            var edited = EditedFiles(kata, Path.GetFullPath(result.GetValue(from)!));
            string written;
            try
            {
                written = MistakeFiles.Write(kata, mistakeName, edited);
            }
            catch (ArgumentException e)
            {
                throw CliException.BadInput(e.Message);
            }

            AnsiConsole.MarkupLine($"[green]Wrote[/] katas/{Markup.Escape(kata.Id)}/{Markup.Escape(written)}");
            if (!kata.Manifest.Mistakes.ContainsKey(mistakeName))
            {
                AnsiConsole.MarkupLine($"Describe it in katas/{Markup.Escape(kata.Id)}/kata.json under \"mistakes\":");
                Console.WriteLine($"    \"{mistakeName}\": {{ \"description\": \"…\", \"rules\": [] }}");
            }

            AnsiConsole.MarkupLine($"Then prove the tests reject it: [bold]mlkata dev verify --kata {Markup.Escape(kata.Id)}[/]");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static (Argument<string> Id, Argument<string> Name) Arguments() =>
        (new Argument<string>("id") { Description = "The kata." }, new Argument<string>("name") { Description = "The mistake's name, in kebab-case." });

    private static IReadOnlyList<SourceFile> Read(Kata kata, string name)
    {
        try
        {
            return kata.ReadMistake(name).LearnerFiles;
        }
        catch (KataFormatException e)
        {
            throw CliException.BadInput(e.Message);
        }
    }

    // The learner files of the edited copy; a file it leaves out is the reference's.
    private static IReadOnlyList<SourceFile> EditedFiles(Kata kata, string from)
    {
        if (File.Exists(from))
        {
            if (kata.Manifest.LearnerFiles.Count != 1)
            {
                throw CliException.BadInput($"{kata.Id} has {kata.Manifest.LearnerFiles.Count} learner files: give --from a folder holding the ones you edited.");
            }

            return [SourceFile.Read(from, kata.Manifest.LearnerFiles[0])];
        }

        if (!Directory.Exists(from))
        {
            throw CliException.BadInput($"{from} is neither a file nor a folder.");
        }

        var reference = kata.ReadReference().LearnerFiles;
        var edited = reference.Select(f => File.Exists(Path.Combine(from, f.Path)) ? SourceFile.Read(Path.Combine(from, f.Path), f.Path) : f).ToList();
        if (edited.SequenceEqual(reference))
        {
            throw CliException.BadInput($"{from} holds none of {kata.Id}'s learner files ({string.Join(", ", kata.Manifest.LearnerFiles)}), or holds them unchanged.");
        }

        return edited;
    }
}
