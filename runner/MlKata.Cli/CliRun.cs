using MlKata.Core.Catalog;
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
            return Fail(e.Message, e.ExitCode);
        }
        catch (LearnerKataException e)
        {
            return Fail(e.Message, ExitCodes.BadInput);
        }
    }

    private static int Fail(string message, int exitCode)
    {
        // Errors go to stderr, so that --json output on stdout stays parseable.
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        return exitCode;
    }
}
