using System.Diagnostics;

namespace MlKata.Core.Engine.Isolation;

/// <summary>
/// The OS sandbox a grading worker runs in on Linux: bubblewrap (<c>bwrap</c>). The worker sees a
/// read-only file system with a private /tmp, no network, its own PID namespace (whatever it
/// starts dies with it) and none of the folders it is told to hide: the submissions, the reports,
/// the catalog's reference solutions and mistakes.
/// </summary>
public static class Bubblewrap
{
    /// <summary>The program.</summary>
    public const string Program = "bwrap";

    private static readonly TimeSpan ProbeLimit = TimeSpan.FromSeconds(10);
    private static readonly Lazy<string?> Problem = new(Probe);

    /// <summary>Why the sandbox cannot run here, or null when it can.</summary>
    public static string? Unavailable => Problem.Value;

    /// <summary>
    /// bubblewrap's arguments that run a command with <paramref name="hidden"/> replaced by empty
    /// folders, except <paramref name="visible"/> paths inside them, which stay readable.
    /// </summary>
    public static IReadOnlyList<string> Arguments(IEnumerable<string> hidden, IEnumerable<string> visible)
    {
        List<string> arguments =
        [
            "--ro-bind", "/", "/",
            "--dev", "/dev",
            "--proc", "/proc",
            "--tmpfs", "/tmp",
            "--unshare-all", // user, IPC, PID, network, UTS and cgroup namespaces
            "--die-with-parent",
            "--new-session",
            "--setenv", "TMPDIR", "/tmp",
            "--setenv", "HOME", "/tmp",
        ];
        foreach (var folder in hidden.Select(Path.GetFullPath).Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            arguments.AddRange(["--tmpfs", folder]);
        }

        foreach (var path in visible.Select(Path.GetFullPath).Where(p => Directory.Exists(p) || File.Exists(p)).Distinct(StringComparer.Ordinal))
        {
            arguments.AddRange(["--ro-bind", path, path]);
        }

        arguments.AddRange(["--chdir", "/tmp", "--"]);
        return arguments;
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "the sandbox (bubblewrap) runs on Linux only";
        }

        var start = new ProcessStartInfo(Program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in Arguments([], []).Append("true"))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var probe = Process.Start(start)!;
            var error = probe.StandardError.ReadToEndAsync();
            if (!probe.WaitForExit(ProbeLimit))
            {
                probe.Kill(entireProcessTree: true);
                return "bubblewrap did not start a sandbox within 10 s";
            }

            return probe.ExitCode == 0 ? null : $"bubblewrap cannot make a sandbox here: {error.Result.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "bubblewrap (bwrap) is not installed: apt-get install bubblewrap";
        }
    }
}
