namespace MlKata.Cli;

/// <summary>A failure with a message for the user and an exit code; never shown as a stack trace.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException BadInput(string message) => new(ExitCodes.BadInput, message);

    public static CliException Infrastructure(string message) => new(ExitCodes.Infrastructure, message);
}
