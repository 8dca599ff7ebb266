namespace MlKata.Cli.Server;

/// <summary>The settings of the check server, read from the environment.</summary>
internal static class ServerSettings
{
    /// <summary>Set (to anything) to check in this process, as `mlkata check --no-server` does.</summary>
    public const string NoServerVariable = "MLKATA_NO_SERVER";

    /// <summary>How many seconds the server waits for the next check before it exits.</summary>
    public const string IdleVariable = "MLKATA_CHECK_SERVER_IDLE_SECONDS";

    // Long enough to span the pause between two edits, short enough that no one finds it lingering.
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(5);

    public static bool Disabled => Environment.GetEnvironmentVariable(NoServerVariable) is { Length: > 0 };

    public static TimeSpan IdleTimeout =>
        double.TryParse(Environment.GetEnvironmentVariable(IdleVariable), System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultIdleTimeout;
}
