using Spectre.Console;

namespace MlKata.Cli;

/// <summary>Runs a command body, turning expected failures into a message and an exit code.</summary>
internal static class CliRun
{
    public static int Guarded(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliException e)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return e.ExitCode;
        }
    }
}
