using System.CommandLine;
using MlKata.Core.Authoring;
using Spectre.Console;

namespace MlKata.Cli.Commands.Dev;

/// <summary>
/// `mlkata dev new-kata &lt;id&gt; [--gpu]`: a complete kata skeleton under katas/, which fails
/// `mlkata dev verify` until every place its author must fill is filled.
/// </summary>
internal static class NewKataCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The new kata's id, in kebab-case (its folder name)." };
        var gpu = new Option<bool>("--gpu") { Description = "A GPU kata: scalar, ILGPU kernel and SIMD tasks." };
        var command = new Command("new-kata", "Write a new kata's skeleton under katas/; it fails verify until filled in.") { id, gpu };
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var kataId = result.GetValue(id)!;
            if (!KataSkeleton.IsValidId(kataId))
            {
                throw CliException.BadInput($"'{kataId}' is not a kata id: use kebab-case, such as 'lru-cache'.");
            }

            var repository = Repository.LocateCheckout("mlkata dev new-kata");
            if (Directory.Exists(Path.Combine(repository.KatasFolder, kataId)))
            {
                throw CliException.BadInput($"katas/{kataId} exists already.");
            }

            var folder = KataSkeleton.Write(repository.KatasFolder, kataId, result.GetValue(gpu));
            AnsiConsole.MarkupLine($"[green]Created[/] {Markup.Escape(Path.GetRelativePath(Environment.CurrentDirectory, folder))}");
            AnsiConsole.MarkupLine($"Fill in every {Markup.Escape(KataSkeleton.Marker)} (katas/README.md says what each file holds), then run [bold]mlkata dev verify --kata {Markup.Escape(kataId)}[/].");
            return ExitCodes.Success;
        }));
        return command;
    }
}
