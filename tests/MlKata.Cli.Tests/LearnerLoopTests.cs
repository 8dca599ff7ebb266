using System.Diagnostics;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace MlKata.Cli.Tests;

public sealed class LearnerLoopTests
{
    [Test]
    public void A_tasks_hints_come_one_at_a_time_and_then_all_together()
    {
        using var learner = Learner.Start("sliding-window-average");
        var hints = learner.Kata.Manifest.Hints.For(2);
        Assert.That(hints, Has.Count.GreaterThan(1), "the test needs a task with several hints");

        var shown = hints.Select(_ => learner.Mlkata("hint", learner.Folder, "--task", "2").Output).ToList();
        var (exitCode, afterAll) = learner.Mlkata("hint", learner.Folder, "--task", "2");

        Assert.Multiple(() =>
        {
            for (var i = 0; i < hints.Count; i++)
            {
                Assert.That(shown[i], Does.Contain($"Task 2, hint {i + 1} of {hints.Count}:").And.Contain(hints[i][..40]));
            }

            Assert.That(exitCode, Is.Zero);
            Assert.That(afterAll, Does.Contain("You have seen every hint of task 2"));
            Assert.That(afterAll, Does.Contain(hints[0][..40]).And.Contain(hints[^1][..40]));
        });
    }

    [Test]
    public void With_tasks_1_and_2_passing_hint_gives_task_3s_hint_first()
    {
        using var learner = Learner.Start("sliding-window-average");
        learner.WritePartialSolution();
        var task3 = learner.Kata.Manifest.Hints.For(3);

        var (exitCode, first) = learner.Mlkata("hint", learner.Folder);
        var second = learner.Mlkata("hint", learner.Folder).Output;

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, first);
            Assert.That(first, Does.Contain("Task 3 is the first task still failing"));
            Assert.That(first, Does.Contain($"Task 3, hint 1 of {task3.Count}:").And.Contain(task3[0][..40]));
            Assert.That(second, Does.Contain(task3.Count > 1 ? $"Task 3, hint 2 of {task3.Count}:" : "You have seen every hint of task 3"), "the first hint is remembered");
        });
    }

    [Test]
    public void Hint_on_a_passing_kata_says_so_and_offers_the_hints_not_yet_seen()
    {
        using var learner = Learner.Start("sliding-window-average");
        learner.Solve();

        var (exitCode, output) = learner.Mlkata("hint", learner.Folder);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("Every test passes").And.Contain("task 1 (1), task 2 (2), task 3 (1)").And.Contain("mlkata hint --task"));
    }

    [Test, Category("Slow")]
    public void List_shows_progress_for_the_katas_in_the_workspace()
    {
        using var learner = Learner.Start("dense-relu-layer");
        learner.Solve();

        var (exitCode, output) = Learner.Run(learner.Workspace, "list");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(Row(output, "dense-relu-layer"), Does.Contain("passing"));
        Assert.That(Row(output, "sliding-window-average"), Does.Not.Contain("passing").And.Not.Contain("failing"));
    }

    [Test, Category("Slow")]
    public void List_shows_not_started_and_failing()
    {
        using var learner = Learner.Start("dense-relu-layer");
        var before = Learner.Run(learner.Workspace, "list").Output;
        File.AppendAllText(learner.LearnerFile, "\n// started\n");
        var after = Learner.Run(learner.Workspace, "list").Output;

        Assert.That(Row(before, "dense-relu-layer"), Does.Contain("not started"));
        Assert.That(Row(after, "dense-relu-layer"), Does.Contain("failing"));
    }

    [Test, Category("Slow")]
    public void Verify_passes_for_a_kata_whose_variants_behave()
    {
        var (exitCode, output) = Learner.Run(Learner.Root, "dev", "verify", "--kata", "dense-relu-layer");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("missing-bias").And.Contain("rejected by").And.Contain("Every variant behaves as it must"));
    }

    [Test]
    public void Verify_with_an_unknown_kata_is_bad_input()
    {
        var (exitCode, output) = Learner.Run(Learner.Root, "dev", "verify", "--kata", "nope");

        Assert.That(exitCode, Is.EqualTo(2), output);
    }

    // Never reaches Stryker: bad input is refused before any project is written.
    [TestCase("nope", "Unknown kata 'nope'")]
    [TestCase("sliding-window-average --threshold 101", "--threshold must be from 0 to 100")]
    public void Mutate_with_bad_input_says_why_without_a_stack_trace(string arguments, string message)
    {
        var (exitCode, output) = Learner.Run(Learner.Root, ["dev", "mutate", .. arguments.Split(' ')]);

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain(message).And.Not.Contain("   at "));
    }

    [Test, Category("Slow")]
    public void Watch_prints_a_verdict_per_save_and_survives_a_compile_error()
    {
        using var learner = Learner.Start("dense-relu-layer");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = learner.Workspace };
        foreach (var argument in new[] { Path.Combine(TestContext.CurrentContext.TestDirectory, "mlkata.dll"), "watch", learner.Folder, "--json" })
        {
            start.ArgumentList.Add(argument);
        }

        using var watch = Process.Start(start)!;
        try
        {
            var first = NextVerdict(watch);
            File.AppendAllText(learner.LearnerFile, "\nnot C#\n");
            var broken = NextVerdict(watch);
            learner.Solve();
            var solved = NextVerdict(watch);

            Assert.Multiple(() =>
            {
                Assert.That((string)first["status"]!, Is.EqualTo("Failed"));
                Assert.That((string)broken["status"]!, Is.EqualTo("CompileError"));
                Assert.That((string)solved["status"]!, Is.EqualTo("Passed"));
                Assert.That((int)solved["points"]!, Is.EqualTo(learner.Kata.Manifest.Points));
                Assert.That((double)solved["latencyMs"]!, Is.GreaterThan(0));
            });
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
        }
    }

    // The row whose id cell is exactly this id: one id may be the start of another (softmax, softmax-temperature).
    private static string Row(string output, string id) =>
        output.Split('\n').Single(r => r.Split('│', '|').Any(cell => cell.Trim() == id));

    private static JsonNode NextVerdict(Process watch)
    {
        var line = watch.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
        Assert.That(line, Is.Not.Null, "watch stopped");
        return JsonNode.Parse(line!)!;
    }
}
