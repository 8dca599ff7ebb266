using System.Globalization;
using MlKata.Core.Processes;

namespace MlKata.Core.Mutation;

/// <summary>
/// Runs Stryker.NET, pinned in the repository's tool manifest (<c>.config/dotnet-tools.json</c>),
/// on a <see cref="MutationProject"/> and returns its JSON report. The tool is restored first,
/// so a fresh checkout needs nothing installed by hand.
/// </summary>
public static class StrykerRunner
{
    private static readonly TimeSpan RestoreAllowance = TimeSpan.FromMinutes(5);

    // An exception's message is not part of any kata's contract (tests check its type), so a
    // mutant that empties it proves nothing about the tests: Stryker leaves the arguments of
    // exception constructors alone.
    private const string Config = """
        {
          "stryker-config": {
            "ignore-methods": ["*Exception.ctor"]
          }
        }

        """;

    /// <summary>
    /// Mutates <paramref name="project"/>'s reference with <paramref name="concurrency"/> test
    /// sessions side by side; returns the report's JSON.
    /// </summary>
    /// <exception cref="MutationToolException">The restore, the build, the initial test run or Stryker itself failed, or it ran past <paramref name="limit"/>.</exception>
    public static string Run(string repositoryRoot, MutationProject project, int concurrency, TimeSpan limit)
    {
        var (restoreExit, restoreOutput) = DotnetCli.RunWithin(RestoreAllowance, repositoryRoot, null, "tool", "restore");
        if (restoreExit != 0)
        {
            throw new MutationToolException($"dotnet tool restore failed:{Environment.NewLine}{restoreOutput.Trim()}");
        }

        var output = Path.Combine(project.Folder, "stryker");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true); // a stale report must not pass for this run's
        }

        var config = Path.Combine(project.Folder, "stryker-config.json");
        File.WriteAllText(config, Config);
        string[] arguments =
        [
            "tool", "run", "dotnet-stryker", "--",
            "--config-file", config,
            "--project", MutationProject.LibraryProjectName,
            "--reporter", "json",
            "--output", output,
            "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture),
            "--skip-version-check",
            // A test that fails on the unmutated reference would count every mutant as killed.
            "--break-on-initial-test-failure",
        ];
        var (exitCode, log) = DotnetCli.RunWithin(limit, project.TestsFolder, null, arguments);
        var report = Path.Combine(output, "reports", "mutation-report.json");
        if (exitCode is null)
        {
            throw new MutationToolException($"Stryker ran for over {limit.TotalMinutes:0} minutes.{Environment.NewLine}{Tail(log)}");
        }

        if (exitCode != 0 || !File.Exists(report))
        {
            throw new MutationToolException($"Stryker failed (exit code {exitCode}):{Environment.NewLine}{Tail(log)}");
        }

        return File.ReadAllText(report);
    }

    // Stryker's log opens with a banner and analysis chatter; the cause of a failure is at its end.
    private static string Tail(string log) =>
        string.Join(Environment.NewLine, log.Trim().Split('\n').TakeLast(40).Select(line => line.TrimEnd()));
}
