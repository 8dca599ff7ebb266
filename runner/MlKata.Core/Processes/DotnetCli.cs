using System.Diagnostics;
using System.Text;

namespace MlKata.Core.Processes;

/// <summary>
/// Runs the dotnet CLI (or a command that runs it) as a child process and captures what it
/// prints. One file, compiled into the engine and linked into the analyzer tests (which cannot
/// reference the engine's newer Roslyn).
/// </summary>
internal static class DotnetCli
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>dotnet arguments…</c> in <paramref name="workingDirectory"/> and returns its exit code and output.</summary>
    /// <exception cref="TimeoutException">It ran for over five minutes (and was killed).</exception>
    public static (int ExitCode, string Output) Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunCommand("dotnet", workingDirectory, environment, arguments);

    /// <summary>
    /// Runs <paramref name="program"/>, a command that runs the dotnet CLI (an installed .NET tool,
    /// a script of dotnet commands), as <see cref="Run"/> runs <c>dotnet</c> itself.
    /// </summary>
    /// <exception cref="TimeoutException">It ran for over five minutes (and was killed).</exception>
    public static (int ExitCode, string Output) RunCommand(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunCommandWithin(program, Limit, workingDirectory, environment, arguments) is (int exitCode, var output)
            ? (exitCode, output)
            : throw new TimeoutException($"{program} {string.Join(' ', arguments)} ran for over {Limit.TotalMinutes} minutes");

    /// <summary>
    /// Runs <c>dotnet arguments…</c>, killing it (and its children) after <paramref name="limit"/>:
    /// the exit code is then null, and the output is what it printed until then.
    /// </summary>
    public static (int? ExitCode, string Output) RunWithin(TimeSpan limit, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunCommandWithin("dotnet", limit, workingDirectory, environment, arguments);

    private static (int? ExitCode, string Output) RunCommandWithin(string program, TimeSpan limit, string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        // The outer `dotnet test` sets MSBuild variables that would make a nested build join its node.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = process.WaitForExit(limit);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        lock (output)
        {
            return (finished ? process.ExitCode : null, output.ToString());
        }
    }
}
