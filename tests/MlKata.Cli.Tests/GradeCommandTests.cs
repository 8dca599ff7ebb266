using System.Text.Json.Nodes;
using System.Xml.Linq;
using NUnit.Framework;

namespace MlKata.Cli.Tests;

/// <summary>`mlkata grade` on a batch with every kind of hostile submission: each gets its row, the rest are graded normally.</summary>
public sealed class GradeCommandTests
{
    private const string Window = "sliding-window-average";
    private const string Layer = "dense-relu-layer";
    private static readonly int LayerPoints = Learner.Canonical(Layer).Manifest.Points;


    [Test, Category("Slow")]
    public void Every_adversarial_submission_gets_its_row_and_the_batch_is_graded_normally()
    {
        using var submissions = new Submissions();
        submissions.Add("alice", Layer);
        submissions.Add("alice", Window);
        submissions.Add("hang", Window, learnerTextFrom: k => Submissions.Sabotaged(k, "while (windowSize > 0) { }"));
        submissions.Add("overflow", Window, learnerTextFrom: k => Submissions.Sabotaged(k, "if (windowSize > 0) { _ = new SlidingWindowAverage(windowSize); }"));
        submissions.Add("exiter", Window, learnerTextFrom: k => Submissions.Sabotaged(k, "Environment.Exit(0);"));
        submissions.Add("hog", Window, learnerTextFrom: k => Submissions.Sabotaged(k, "GC.KeepAlive(new long[1_250_000_000]);"));
        var cheater = submissions.Add("cheater", Window, learnerTextFrom: k => k.ReadStub().LearnerFiles[0].Text);
        File.WriteAllText(Path.Combine(cheater, "tests", "SlidingWindowAverageTests.cs"), "namespace Cheat; public class Nothing { }");
        submissions.Add("broken", Window, learnerText: "namespace Katas.SlidingWindowAverage; public sealed class SlidingWindowAverage { oops }");
        var lost = submissions.Add("lost", Window);
        File.Delete(Path.Combine(lost, "src", "SlidingWindowAverage.cs"));
        var garbled = submissions.Add("garbled", Window);
        File.WriteAllText(Path.Combine(garbled, "kata.json"), "{ \"id\": ");
        submissions.Add("snoop", Window, learnerTextFrom: k => Submissions.Sabotaged(k,
            $"System.IO.Directory.CreateDirectory(@\"{submissions.Out}\"); System.IO.File.WriteAllText(@\"{Path.Combine(submissions.Out, "results.json")}\", \"forged\"); System.IO.File.WriteAllText(@\"{Path.Combine(submissions.Root, "outside.txt")}\", \"was here\");"));

        var (exitCode, output) = Learner.Run(submissions.Root, "grade", submissions.Folder, "--out", submissions.Out, "--timeout", "3", "--jobs", "2");
        var rows = Rows(submissions);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(rows[("alice", Layer)], Does.StartWith($"Passed {LayerPoints}/{LayerPoints}"));
            Assert.That(rows[("alice", Window)], Does.StartWith("Passed 21/21"));
            Assert.That(rows[("hang", Window)], Does.StartWith("TimedOut"));
            Assert.That(rows[("overflow", Window)], Does.StartWith("Crashed").And.Contain("stack overflow"));
            Assert.That(rows[("exiter", Window)], Does.StartWith("Invalid 0/21").And.Contain("MLK900").And.Contain("Environment.Exit"));
            Assert.That(rows[("hog", Window)], Does.StartWith("Crashed").And.Contain("ran out of memory"));
            Assert.That(rows[("cheater", Window)], Does.StartWith("Failed 0/21"), "the learner's own test file never counts");
            Assert.That(rows[("broken", Window)], Does.StartWith("CompileError"));
            Assert.That(rows[("lost", Window)], Does.StartWith("Invalid").And.Contain("src/SlidingWindowAverage.cs missing"));
            Assert.That(rows[("garbled", Window)], Does.StartWith("Invalid").And.Contain("not valid JSON"));
            Assert.That(rows[("snoop", Window)], Does.StartWith("Invalid 0/21").And.Contain("MLK900"), "file APIs break the submission policy");
            Assert.That(rows[("hang", Layer)], Does.StartWith("Missing"), "a kata the learner lacks is a row too");
            Assert.That(File.Exists(Path.Combine(submissions.Root, "outside.txt")), Is.False);
        });
    }

    [Test, Category("Slow")]
    public void Sharded_runs_merge_into_the_rows_of_one_run_and_jobs_do_not_change_verdicts()
    {
        using var submissions = new Submissions();
        foreach (var learner in new[] { "ann", "ben", "cat" })
        {
            submissions.Add(learner, Layer, learnerTextFrom: learner == "ben" ? k => k.ReadStub().LearnerFiles[0].Text : null);
            submissions.Add(learner, Window);
        }

        var whole = Grade(submissions, "whole", "--jobs", "2");
        var first = Grade(submissions, "shard1", "--shard", "1/2");
        var second = Grade(submissions, "shard2", "--shard", "2/2");
        var (mergeExit, mergeOutput) = Learner.Run(submissions.Root, "merge", first.Folder, second.Folder, "--out", Path.Combine(submissions.Root, "merged"));
        var merged = ReadRows(Path.Combine(submissions.Root, "merged"));

        Assert.Multiple(() =>
        {
            Assert.That(mergeExit, Is.EqualTo(1), mergeOutput);
            Assert.That(first.Rows.Count + second.Rows.Count, Is.EqualTo(6));
            Assert.That(first.Rows.Keys.Intersect(second.Rows.Keys), Is.Empty, "shards do not overlap");
            Assert.That(merged, Is.EquivalentTo(whole.Rows));
            Assert.That(File.Exists(Path.Combine(submissions.Root, "merged", "scoreboard.html")));
        });
    }

    [Test, Category("Slow")]
    public void Reports_are_written_in_every_format()
    {
        using var submissions = new Submissions();
        submissions.Add("ann", Layer);
        submissions.Add("ben", Layer, learnerTextFrom: k => k.ReadStub().LearnerFiles[0].Text);

        var (exitCode, output) = Learner.Run(submissions.Root, "grade", submissions.Folder, "--out", submissions.Out);
        var junit = XDocument.Load(Path.Combine(submissions.Out, "junit.xml"));
        var summary = File.ReadAllText(Path.Combine(submissions.Out, "summary.md"));
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(submissions.Out, "results.json")))!;

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            // ann passes every test and ben, the stub, fails every one.
            var failed = (int)junit.Root!.Attribute("failures")! + (int)junit.Root!.Attribute("errors")!;
            Assert.That(failed, Is.Positive);
            Assert.That((int)junit.Root!.Attribute("tests")!, Is.EqualTo(2 * failed));
            Assert.That(summary, Does.Contain($"| ann | ✅ {LayerPoints}/{LayerPoints} |").And.Contain($"| ben | ❌ 0/{LayerPoints} |"));
            Assert.That((int)results["max_score"]!, Is.EqualTo(2 * LayerPoints));
            Assert.That(results["results"]!.AsArray().Select(r => (string)r!["status"]!), Is.EquivalentTo(new[] { "pass", "fail" }));
            Assert.That(results["results"]![0]!["tests"]!.AsArray().Select(t => (int?)t!["task_id"]), Is.All.Not.Null);
        });
    }

    [Test, Category("Slow")]
    public void Grading_twice_with_one_history_charts_both_runs_and_a_malformed_history_stops_the_next_before_grading()
    {
        using var submissions = new Submissions();
        submissions.Add("ann", Layer);
        var history = Path.Combine(submissions.Root, "history", "grades.jsonl");

        var first = Learner.Run(submissions.Root, "grade", submissions.Folder, "--out", submissions.Out, "--history", history);
        var firstPage = File.ReadAllText(Path.Combine(submissions.Out, "scoreboard.html"));
        var second = Learner.Run(submissions.Root, "grade", submissions.Folder, "--out", submissions.Out, "--history", history);
        var secondPage = File.ReadAllText(Path.Combine(submissions.Out, "scoreboard.html"));
        var lines = File.ReadAllLines(history);
        File.AppendAllText(history, "{\"time\": \"now\"}\n");
        var third = Learner.Run(submissions.Root, "grade", submissions.Folder, "--out", submissions.Out, "--history", history);

        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.Output);
            Assert.That(second.ExitCode, Is.Zero, second.Output);
            Assert.That(lines, Has.Length.EqualTo(2), "one line per run");
            Assert.That(lines.Select(l => JsonNode.Parse(l)!["learners"]![0]!.ToJsonString()), Is.All.EqualTo($"{{\"learner\":\"ann\",\"points\":{LayerPoints},\"max_points\":{LayerPoints},\"katas_passed\":1}}"));
            Assert.That(firstPage, Does.Contain("the history holds this run only").And.Not.Contain("<svg class=\"chart\""));
            Assert.That(secondPage.Split("<path class=\"line\" data-learner=\"ann\"").Length - 1, Is.EqualTo(1), "ann's line through both runs");
            Assert.That(third.ExitCode, Is.EqualTo(2), third.Output);
            Assert.That(third.Output, Does.Contain($"{history} line 3 is not a graded run").And.Not.Contain("   at "));
            Assert.That(third.Output, Does.Not.Contain("Learner code runs"), "the history is read before any grading");
            Assert.That(File.ReadAllLines(history), Has.Length.EqualTo(3), "a refused run appends nothing");
        });
    }

    [TestCase("--shard", "3/2")]
    [TestCase("--shard", "x")]
    [TestCase("--jobs", "0")]
    [TestCase("--kata", "no-such-kata")]
    public void Bad_options_are_bad_input(string option, string value)
    {
        using var submissions = new Submissions();
        submissions.Add("ann", Layer);

        var (exitCode, output) = Learner.Run(submissions.Root, "grade", submissions.Folder, option, value);

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Not.Contain("   at "));
    }

    [Test]
    public void A_missing_submissions_folder_is_bad_input()
    {
        var (exitCode, output) = Learner.Run(Learner.Root, "grade", Path.Combine(Path.GetTempPath(), "no-such-submissions"));

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("does not exist"));
    }

    private static (string Folder, Dictionary<(string, string), string> Rows) Grade(Submissions submissions, string name, params string[] options)
    {
        var folder = Path.Combine(submissions.Root, name);
        var (exitCode, output) = Learner.Run(submissions.Root, ["grade", submissions.Folder, "--out", folder, .. options]);
        Assert.That(exitCode, Is.EqualTo(0).Or.EqualTo(1), output);
        return (folder, ReadRows(folder));
    }

    private static Dictionary<(string, string), string> Rows(Submissions submissions) => ReadRows(submissions.Out);

    private static Dictionary<(string, string), string> ReadRows(string folder) => GradeRows.Read(folder);
}
