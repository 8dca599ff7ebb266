using MlKata.Core.Catalog;
using MlKata.Core.Processes;

namespace MlKata.Core.Engine.DotnetTest;

/// <summary>
/// Checks a submission the slow, faithful way: a real project under
/// <c>artifacts/dotnet-test/&lt;kata&gt;/</c> (see <see cref="DotnetTestProject"/>), <c>dotnet build</c>,
/// then <c>dotnet test</c> writing NUnit's own result XML. The folder is reused, so a second
/// check of the same kata builds incrementally.
/// </summary>
public sealed class DotnetTestChecker(string repositoryRoot) : IKataChecker
{
    private static readonly TimeSpan BuildAllowance = TimeSpan.FromMinutes(2);
    private static readonly Lock Gate = new(); // one project folder per kata: one check at a time

    /// <inheritdoc />
    public KataResult Check(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName)
    {
        lock (Gate)
        {
            var folder = Path.Combine(repositoryRoot, "artifacts", "dotnet-test", kata.Id);
            DotnetTestProject.Write(folder, kata.Id, repositoryRoot, kata, learnerFiles);
            var (buildExit, buildOutput) = DotnetCli.RunWithin(BuildAllowance, folder, null, "build", "-nologo", "-clp:NoSummary");
            var diagnostics = DotnetTestOutput.Diagnostics(buildOutput);
            if (buildExit is null)
            {
                return KataResult.WithoutTests(kata.Manifest, KataStatus.InfrastructureError, $"dotnet build ran for over {BuildAllowance.TotalMinutes} minutes");
            }

            if (buildExit != 0)
            {
                var errors = DotnetTestOutput.CompileErrors(diagnostics);
                return errors.Count > 0
                    ? KataResult.CompileError(kata.Manifest, errors, diagnostics)
                    : KataResult.WithoutTests(kata.Manifest, KataStatus.InfrastructureError, $"dotnet build failed:{Environment.NewLine}{buildOutput.Trim()}", diagnostics);
            }

            var violations = SubmissionGate.Violations(kata, learnerFiles, diagnostics);
            if (violations.Count > 0)
            {
                return KataResult.Invalid(kata.Manifest, violations, diagnostics);
            }

            var resultsFolder = Path.Combine(folder, "TestResults");
            if (Directory.Exists(resultsFolder))
            {
                Directory.Delete(resultsFolder, recursive: true); // a stale log must not pass for this run's
            }

            var (testExit, testOutput) = DotnetCli.RunWithin(kata.Manifest.TimeLimit + TimeSpan.FromSeconds(30), folder, null,
                "test", "--no-build", "-nologo", "--", $"NUnit.TestOutputXml={resultsFolder}", "NUnit.OutputXmlFolderMode=UseSpecifiedLocation");
            var resultsXml = Path.Combine(resultsFolder, $"{kata.Id}.xml");
            if (testExit is null)
            {
                return KataResult.WithoutTests(kata.Manifest, KataStatus.TimedOut, $"timed out after {kata.Manifest.TimeLimit.TotalSeconds:0.#} s", diagnostics);
            }

            // Unlike the worker checker, which fails the crashing test and runs the rest in a fresh
            // worker, `dotnet test` keeps no verdict from a run whose host died.
            if (!File.Exists(resultsXml) || testOutput.Contains("The active test run was aborted", StringComparison.Ordinal))
            {
                return KataResult.WithoutTests(kata.Manifest, KataStatus.Crashed,
                    $"the test host crashed{DotnetTestOutput.CrashCause(testOutput)}; dotnet test keeps no test's verdict from such a run", diagnostics);
            }

            return KataResult.FromTests(kata.Manifest, GradedRules.Append(kata.Manifest, DotnetTestOutput.Tests(resultsXml), diagnostics), diagnostics);
        }
    }
}
