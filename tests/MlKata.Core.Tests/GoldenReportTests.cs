using MlKata.Core.Engine;
using MlKata.Core.Reports;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// The report wire formats, pinned: each report, built from fixed rows, must equal its
/// committed file under Golden/, so a change of format is a diff a reviewer sees. After an
/// intended change, rewrite them with
/// <c>MLKATA_UPDATE_GOLDEN=1 dotnet test tests/MlKata.Core.Tests --filter "FullyQualifiedName~GoldenReportTests"</c>
/// and review the diff.
/// </summary>
public sealed class GoldenReportTests
{
    private const string UpdateVariable = "MLKATA_UPDATE_GOLDEN";

    private static readonly string GoldenFolder = Path.Combine(
        RepositoryLayout.FindRoot(TestContext.CurrentContext.TestDirectory) ?? throw new InvalidOperationException($"{RepositoryLayout.SolutionFile} not found above the test directory."),
        "tests", "MlKata.Core.Tests", "Golden");

    private string _reports = null!;

    [OneTimeSetUp]
    public void WriteTheGradeReports()
    {
        _reports = Directory.CreateTempSubdirectory("mlkata-golden-").FullName;
        GradeReports.WriteAll(_reports, SampleGradeRows.All, new Dictionary<string, string>(), SampleGradeHistory.LastRun, SampleGradeHistory.Runs);
    }

    [OneTimeTearDown]
    public void RemoveThem() => Directory.Delete(_reports, recursive: true);

    /// <summary>The files `mlkata grade` writes, as it writes them (scoreboard.html carries the time it was made).</summary>
    [TestCase(GradeResultsJson.FileName)]
    [TestCase(JUnitReport.FileName)]
    [TestCase(SummaryMarkdown.FileName)]
    public void A_grade_report_matches_its_golden_file(string report) =>
        AssertMatchesGolden($"grade-{report}", File.ReadAllText(Path.Combine(_reports, report)));

    [Test]
    public void A_grade_history_matches_its_golden_file() =>
        AssertMatchesGolden("grade-history.jsonl", string.Join("\n", SampleGradeHistory.Runs.Select(GradeHistoryFile.Line)));

    [Test]
    public void Check_results_json_of_a_failed_run_matches_its_golden_file() =>
        AssertMatchesGolden("check-failed-results.json", ResultsJson.Write(
            new KataResult("sliding-window-average", KataStatus.Failed, "2 of 3 tests did not pass", SampleGradeRows.WindowTests, [], 21)));

    [Test]
    public void Check_results_json_of_a_run_that_did_not_complete_matches_its_golden_file() =>
        AssertMatchesGolden("check-crashed-results.json", ResultsJson.Write(
            new KataResult("dense-relu-layer", KataStatus.Crashed, "crashed with a stack overflow\n   at Layer.Forward()", [], [], 22)));

    [Test]
    public void Merge_reads_the_grade_results_json_back_into_the_same_rows()
    {
        var read = GradeResultsJson.Read(Path.Combine(_reports, GradeResultsJson.FileName));

        Assert.That(GradeResultsJson.Write(read), Is.EqualTo(GradeResultsJson.Write(SampleGradeRows.All)));
    }

    private static void AssertMatchesGolden(string name, string actual)
    {
        var path = Path.Combine(GoldenFolder, name);
        actual = Normalised(actual);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(GoldenFolder);
            File.WriteAllText(path, actual);
            Assert.Pass($"{UpdateVariable}=1: rewrote {path}");
        }

        var expected = File.Exists(path) ? Normalised(File.ReadAllText(path)) : "(no golden file)";

        Assert.That(actual, Is.EqualTo(expected),
            $"{name} no longer matches Golden/{name}. If the change is intended, rewrite the golden files with {UpdateVariable}=1 and review the diff. Written now:\n{actual}");
    }

    // Line endings follow the platform, and editors add a final newline: neither is the format.
    private static string Normalised(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
