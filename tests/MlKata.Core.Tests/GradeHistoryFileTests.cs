using MlKata.Core.Grading;
using MlKata.Core.Reports;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// The history `grade --history` and `merge --history` append to: one JSON line per run,
/// created on the first, and read back as untrusted input, each bad line named.
/// </summary>
public sealed class GradeHistoryFileTests
{
    private const string GoodLine = """{"time":"2026-11-26T18:30:00Z","seed":1,"learners":[{"learner":"ann","points":3,"max_points":5,"katas_passed":1}]}""";

    private string _folder = null!;
    private string _history = null!;

    [SetUp]
    public void MakeAFolder()
    {
        _folder = Directory.CreateTempSubdirectory("mlkata-history-").FullName;
        _history = Path.Combine(_folder, "group", "history.jsonl");
    }

    [TearDown]
    public void RemoveIt() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void A_history_not_yet_made_holds_no_run() =>
        Assert.That(GradeHistoryFile.Read(_history), Is.Empty);

    [Test]
    public void Each_run_appends_one_line_that_reads_back_as_it_was_written()
    {
        foreach (var run in SampleGradeHistory.Runs)
        {
            GradeHistoryFile.Append(_history, run);
        }

        var read = GradeHistoryFile.Read(_history);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllLines(_history), Has.Length.EqualTo(SampleGradeHistory.Runs.Length));
            Assert.That(read.Select(GradeHistoryFile.Line), Is.EqualTo(SampleGradeHistory.Runs.Select(GradeHistoryFile.Line)));
            Assert.That(read[^1].Time, Is.EqualTo(SampleGradeHistory.LastRun));
            Assert.That(read[0].Learners[3], Is.EqualTo(new LearnerStanding("dan", 4, 43, 0)));
        });
    }

    [Test]
    public void A_run_records_each_learner_s_points_and_katas_passed_and_the_seed_its_rows_share()
    {
        var run = GradedRun.Of(SampleGradeRows.All, SampleGradeHistory.LastRun);
        var merged = GradedRun.Of([.. SampleGradeRows.All, SampleGradeRows.All[0] with { Learner = "fay", Seed = 7 }], SampleGradeHistory.LastRun);

        Assert.Multiple(() =>
        {
            Assert.That(run.Seed, Is.EqualTo(20261126));
            Assert.That(run.Learners, Is.EqualTo(new[]
            {
                new LearnerStanding("alice", 37, 43, 1),
                new LearnerStanding("bob", 21, 43, 1),
                new LearnerStanding("carol", 0, 43, 0),
                new LearnerStanding("dan", 25, 43, 1),
                new LearnerStanding("erin", 0, 26, 0),
            }));
            Assert.That(merged.Seed, Is.Null, "rows of two seeds have no one seed to record");
        });
    }

    [Test]
    public void A_line_is_appended_on_a_line_of_its_own_even_after_a_hand_edit_without_a_final_newline()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_history)!);
        File.WriteAllText(_history, GoodLine + "\n\n" + GoodLine);

        GradeHistoryFile.Append(_history, SampleGradeHistory.Runs[^1]);

        Assert.That(GradeHistoryFile.Read(_history), Has.Count.EqualTo(3), "a blank line is no run, and no fault");
    }

    [TestCase("{\"time\":", "not JSON")]
    [TestCase("[1, 2]", "must be a JSON object, was an array")]
    [TestCase("{\"seed\":1,\"learners\":[]}", "field 'time': is required")]
    [TestCase("{\"time\":\"yesterday\",\"learners\":[]}", "field 'time': must be a UTC time such as 2026-11-27T02:21:00Z, was 'yesterday'")]
    [TestCase("{\"time\":\"2026-11-26T18:30:00+01:00\",\"learners\":[]}", "field 'time': must be a UTC time")]
    [TestCase("{\"time\":\"2026-11-26T18:30:00Z\",\"seed\":\"x\",\"learners\":[]}", "field 'seed': must be a whole number")]
    [TestCase("{\"time\":\"2026-11-26T18:30:00Z\"}", "field 'learners': is required")]
    [TestCase("{\"time\":\"2026-11-26T18:30:00Z\",\"learners\":{}}", "field 'learners': must be an array of learners, was an object")]
    [TestCase("{\"time\":\"2026-11-26T18:30:00Z\",\"learners\":[7]}", "field 'learners[0]': must be an object, was a number")]
    [TestCase("{\"time\":\"2026-11-26T18:30:00Z\",\"learners\":[{\"learner\":\"ann\",\"points\":\"3\",\"max_points\":5,\"katas_passed\":1}]}", "field 'learners[0].points': must be a whole number, was '3'")]
    [TestCase("{\"time\":\"2026-11-26T18:30:00Z\",\"learners\":[{\"learner\":\"ann\",\"points\":6,\"max_points\":5,\"katas_passed\":1}]}", "field 'learners[0].points': must be at most max_points (5), was 6")]
    [TestCase("{\"time\":\"2026-11-26T18:30:00Z\",\"learners\":[{\"learner\":\"ann\",\"points\":1,\"max_points\":5,\"katas_passed\":-1}]}", "field 'learners[0].katas_passed': must be between 0 and")]
    [TestCase("{\"time\":\"2026-11-26T18:30:00Z\",\"learners\":[{\"points\":1,\"max_points\":5,\"katas_passed\":0}]}", "field 'learners[0].learner': is required")]
    [TestCase("{\"time\":\"2026-11-26T18:30:00Z\",\"learners\":[{\"learner\":\"ann\",\"points\":1,\"max_points\":5,\"katas_passed\":0},{\"learner\":\"ann\",\"points\":1,\"max_points\":5,\"katas_passed\":0}]}", "field 'learners[1].learner': 'ann' is listed twice")]
    public void A_malformed_line_is_named_by_file_line_and_field(string line, string problem)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_history)!);
        File.WriteAllLines(_history, [GoodLine, line, GoodLine]);

        var error = Assert.Throws<InvalidDataException>(() => GradeHistoryFile.Read(_history))!;

        Assert.That(error.Message, Does.StartWith($"{_history} line 2 is not a graded run of an mlkata history: ").And.Contain(problem));
    }
}
