using System.Text.RegularExpressions;
using MlKata.Core.Processes;
using NUnit.Framework;

namespace Template.Tests;

/// <summary>
/// A group's .github/workflows/grade.yml, run the way GitHub Actions runs it, on this machine:
/// each job's grading commands (its `run:` steps that call .github/mlkata-grade.sh; checkout,
/// setup-dotnet and the sandbox's apt install are the runner machine's set-up) in order, with
/// the matrix and the run's context filled in, and each shard's uploaded folder handed to the
/// merge job where download-artifact puts it.
/// </summary>
public sealed partial class GroupWorkflow(string group)
{
    private readonly string _workflow = File.ReadAllText(Path.Combine(group, ".github", "workflows", "grade.yml"));

    /// <summary>The file the merge job's summary goes to (GITHUB_STEP_SUMMARY).</summary>
    public string StepSummary { get; } = Path.Combine(group, "step-summary.md");

    /// <summary>The grading commands of job <paramref name="job"/>, in order.</summary>
    public IReadOnlyList<string> Commands(string job)
    {
        var start = _workflow.IndexOf($"\n  {job}:\n", StringComparison.Ordinal);
        Assert.That(start, Is.Not.Negative, $"the workflow has a job '{job}'");
        var next = JobHeader().Match(_workflow, start + 1 + job.Length + 4);
        var body = next.Success ? _workflow[start..next.Index] : _workflow[start..];
        return RunLine().Matches(body).Select(m => m.Groups["command"].Value.Trim()).ToList();
    }

    /// <summary>Runs the grade job of each shard of <paramref name="shards"/>, then the merge job, as the run <paramref name="runId"/>.</summary>
    public void Run(int shards, long runId)
    {
        for (var shard = 1; shard <= shards; shard++)
        {
            RunJob("grade", new Dictionary<string, string>
            {
                ["matrix.shard"] = $"{shard}",
                ["strategy.job-total"] = $"{shards}",
                ["github.run_id"] = $"{runId}",
            });

            // upload-artifact, then download-artifact with pattern mlkata-shard-*: one folder per artifact under shards/.
            var uploaded = Path.Combine(group, $"shard-{shard}");
            Assert.That(uploaded, Does.Exist, $"shard {shard} wrote its reports");
            Directory.Move(uploaded, Path.Combine(Directory.CreateDirectory(Path.Combine(group, "shards")).FullName, $"mlkata-shard-{shard}"));
        }

        RunJob("merge", new Dictionary<string, string>());
    }

    private void RunJob(string job, Dictionary<string, string> context)
    {
        foreach (var command in Commands(job))
        {
            var expanded = Expression().Replace(command, m => context.TryGetValue(m.Groups["name"].Value, out var value)
                ? value
                : throw new AssertionException($"the test gives no value for ${{{{ {m.Groups["name"].Value} }}}} in `{command}`"));
            var (exitCode, output) = DotnetCli.RunCommand("bash", group, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = StepSummary }, "-c", expanded);
            Assert.That(exitCode, Is.Zero, $"{job}: {expanded}{Environment.NewLine}{output}");
        }
    }

    [GeneratedRegex(@"^  [a-z-]+:\n", RegexOptions.Multiline)]
    private static partial Regex JobHeader();

    [GeneratedRegex(@"^\s+run: (?<command>bash \.github/mlkata-grade\.sh .*)$", RegexOptions.Multiline)]
    private static partial Regex RunLine();

    [GeneratedRegex(@"\$\{\{\s*(?<name>[\w.-]+)\s*\}\}")]
    private static partial Regex Expression();
}
