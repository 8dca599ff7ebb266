using MlKata.Core.Catalog;
using MlKata.Core.Processes;

namespace MlKata.Core.Engine.DotnetTest;

/// <summary>
/// Checks many (kata, variant) pairs through `dotnet test` at the cost of one: every pair is its
/// own project under <c>artifacts/dotnet-test-batch/</c>, listed in one solution that is restored
/// once and built with MSBuild's parallel nodes, then tested in one `dotnet test` run. What each
/// project reports is read as <see cref="DotnetTestChecker"/> reads its single project, so a
/// batch and a single check give the same verdicts.
/// </summary>
public sealed class DotnetTestBatch(string repositoryRoot)
{
    private const string BatchSolution = "batch.slnx";

    /// <summary>One pair to check.</summary>
    public sealed record Job(Kata Kata, KataVariant Variant)
    {
        /// <summary>The project's name: unique in the batch, and the name of its NUnit result file.</summary>
        public string ProjectName => $"{Kata.Id}.{Variant.Kind.ToString().ToLowerInvariant()}.{Variant.Name}";
    }

    /// <summary>Checks every job; the result of each, keyed by <see cref="Job.ProjectName"/>.</summary>
    /// <param name="jobs">The pairs to check.</param>
    /// <param name="allowance">How long the build and the test run may each take before the batch counts as timed out.</param>
    public IReadOnlyDictionary<string, KataResult> Check(IReadOnlyList<Job> jobs, TimeSpan allowance)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var root = Path.Combine(repositoryRoot, "artifacts", "dotnet-test-batch");
        var projects = jobs.ToDictionary(
            job => job.ProjectName,
            job => DotnetTestProject.Write(Path.Combine(root, job.ProjectName), job.ProjectName, repositoryRoot, job.Kata, job.Variant.LearnerFiles),
            StringComparer.Ordinal);
        File.WriteAllText(Path.Combine(root, BatchSolution), SolutionFile.Render(root, projects.Values));

        var (buildExit, buildOutput) = DotnetCli.RunWithin(allowance, root, null, "build", BatchSolution, "-nologo", "-clp:NoSummary", "-m");
        var resultsFolder = Path.Combine(root, "TestResults");
        if (Directory.Exists(resultsFolder))
        {
            Directory.Delete(resultsFolder, recursive: true); // a stale log must not pass for this run's
        }

        var (testExit, testOutput) = buildExit is null
            ? (null, "")
            : DotnetCli.RunWithin(allowance, root, null, "test", BatchSolution, "--no-build", "-nologo", "--",
                $"NUnit.TestOutputXml={resultsFolder}", "NUnit.OutputXmlFolderMode=UseSpecifiedLocation");

        return jobs.ToDictionary(
            job => job.ProjectName,
            job => Result(job, Path.GetDirectoryName(projects[job.ProjectName])!, buildExit, buildOutput, testExit is null, testOutput, resultsFolder, allowance),
            StringComparer.Ordinal);
    }

    private static KataResult Result(Job job, string folder, int? buildExit, string buildOutput, bool testTimedOut, string testOutput, string resultsFolder, TimeSpan allowance)
    {
        var manifest = job.Kata.Manifest;
        var diagnostics = DotnetTestOutput.Diagnostics(buildOutput, folder);
        if (buildExit is null)
        {
            return KataResult.WithoutTests(manifest, KataStatus.InfrastructureError, $"the batch's dotnet build ran for over {allowance.TotalMinutes} minutes");
        }

        var errors = DotnetTestOutput.CompileErrors(diagnostics);
        if (errors.Count > 0)
        {
            return KataResult.CompileError(manifest, errors, diagnostics);
        }

        var violations = SubmissionGate.Violations(job.Kata, job.Variant.LearnerFiles, diagnostics);
        if (violations.Count > 0)
        {
            return KataResult.Invalid(manifest, violations, diagnostics);
        }

        var resultsXml = Path.Combine(resultsFolder, $"{job.ProjectName}.xml");
        if (File.Exists(resultsXml))
        {
            return KataResult.FromTests(manifest, GradedRules.Append(manifest, DotnetTestOutput.Tests(resultsXml), diagnostics), diagnostics);
        }

        if (testTimedOut)
        {
            return KataResult.WithoutTests(manifest, KataStatus.TimedOut, $"the batch's dotnet test ran for over {allowance.TotalMinutes} minutes", diagnostics);
        }

        // A failed build that never names this project failed for the tooling's reasons, not the learner's.
        return buildExit != 0 && !buildOutput.Contains(job.ProjectName, StringComparison.Ordinal)
            ? KataResult.WithoutTests(manifest, KataStatus.InfrastructureError, $"dotnet build failed:{Environment.NewLine}{buildOutput.Trim()}", diagnostics)
            : KataResult.WithoutTests(manifest, KataStatus.Crashed, $"no NUnit results for {job.ProjectName}: the test host crashed or never ran ({LastLineAbout(testOutput, job.ProjectName)})", diagnostics);
    }

    private static string LastLineAbout(string output, string projectName) =>
        output.Split('\n').LastOrDefault(l => l.Contains(projectName, StringComparison.Ordinal))?.Trim() ?? "dotnet test said nothing of it";
}
