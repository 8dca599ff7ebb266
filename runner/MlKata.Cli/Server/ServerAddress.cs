using System.Security.Cryptography;
using System.Text;
using System.Runtime.Versioning;

namespace MlKata.Cli.Server;

/// <summary>
/// Where the check server of one build of `mlkata` listens: a Unix domain socket in a folder only
/// this user can enter, named by a key of the build (its folder, and the size and time of each of
/// its own assemblies), so a rebuilt or reinstalled `mlkata` never talks to a server of the old one.
/// </summary>
/// <param name="Folder">The per-user folder (mode 0700) holding the socket.</param>
/// <param name="BuildKey">The build's key; the server answers only clients of the same key.</param>
internal sealed record ServerAddress(string Folder, string BuildKey)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The socket the server listens on.</summary>
    public string SocketPath => Path.Combine(Folder, $"check-{BuildKey}.sock");

    /// <summary>Held by the running server, so that two clients starting one at once leave one running.</summary>
    public string LockPath => Path.Combine(Folder, $"check-{BuildKey}.lock");

    /// <summary>What the server did, a line per check, for whoever wonders whether it served one.</summary>
    public string LogPath => Path.Combine(Folder, $"check-{BuildKey}.log");

    /// <summary>The address of this build's server, or null where there can be none (Windows, a folder others can enter).</summary>
    public static ServerAddress? ForThisBuild()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var folder = PrivateFolder();
        return folder is null ? null : new ServerAddress(folder, KeyOf(AppContext.BaseDirectory));
    }

    /// <summary>
    /// The key of the build in <paramref name="programFolder"/>: a change to any MlKata assembly
    /// there makes a new key, and so does any other MLKATA_ setting (a memory cap, a device): the
    /// server and its worker keep the environment of the client that started them.
    /// </summary>
    public static string KeyOf(string programFolder)
    {
        var build = new StringBuilder(Path.GetFullPath(programFolder)).Append('|').Append(Environment.Version);
        var assemblies = Directory.EnumerateFiles(programFolder, "*.dll")
            .Where(f => Path.GetFileName(f).StartsWith("mlkata", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        {
            var file = new FileInfo(assembly);
            build.Append('|').Append(file.Name).Append(':').Append(file.Length).Append(':').Append(file.LastWriteTimeUtc.Ticks);
        }

        var settings = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("MLKATA_", StringComparison.Ordinal) && name != ServerSettings.IdleVariable)
            .Order(StringComparer.Ordinal);
        foreach (var name in settings)
        {
            build.Append('|').Append(name).Append('=').Append(Environment.GetEnvironmentVariable(name));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(build.ToString())))[..16];
    }

    // $XDG_RUNTIME_DIR is the user's own by definition; the temp folder is shared, so the folder
    // there is named by user and must be a real folder that only its owner can enter.
    [UnsupportedOSPlatform("windows")]
    private static string? PrivateFolder()
    {
        var runtime = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        var folder = runtime is { Length: > 0 } && Directory.Exists(runtime)
            ? Path.Combine(runtime, "mlkata")
            : Path.Combine(Path.GetTempPath(), $"mlkata-{Environment.UserName}");
        try
        {
            var info = Directory.CreateDirectory(folder, OwnerOnly);
            if (info.LinkTarget is not null)
            {
                return null;
            }

            if (info.UnixFileMode != OwnerOnly)
            {
                info.UnixFileMode = OwnerOnly; // fails unless it is ours
            }

            return folder;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
