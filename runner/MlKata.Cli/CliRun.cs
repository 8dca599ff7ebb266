using MlKata.Core.Learners;
using Spectre.Console;

namespace MlKata.Cli;

/// <summary>Runs a command body, turning expected failures into a message and an exit code.</summary>
internal static class CliRun
{
    /// <summary>Set to show the stack trace of an internal error.</summary>
    public const string DebugVariable = "MLKATA_DEBUG";

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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not the learner's doing: one line, exit code 3, the stack trace only on request.
            var detail = Environment.GetEnvironmentVariable(DebugVariable) is { Length: > 0 } ? $"{Environment.NewLine}{e}" : $" (set {DebugVariable}=1 for the stack trace)";
            return Fail($"internal error: {e.GetType().Name}: {e.Message}{detail}", ExitCodes.Infrastructure);
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
