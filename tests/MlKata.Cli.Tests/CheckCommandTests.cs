using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace MlKata.Cli.Tests;

public sealed class CheckCommandTests
{
    [Test]
    public void The_stub_fails_with_exit_code_1_and_every_test_listed_by_task()
    {
        using var learner = Learner.Start("sliding-window-average");

        var (exitCode, output) = learner.Mlkata("check", learner.Folder);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("Task 1").And.Contain("Task 2").And.Contain("Task 3"));
            Assert.That(output, Does.Contain("14 of 14 tests failed").And.Contain("0/21 points"));
        });
    }

    [Test]
    public void An_untouched_stub_says_not_implemented_once_per_task_with_the_count_and_the_line()
    {
        using var learner = Learner.Start("sliding-window-average");

        var (_, output) = learner.Mlkata("check", learner.Folder);

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Match(@"✗ 11 tests: not implemented yet \(NotImplementedException\) — src/SlidingWindowAverage\.cs:\d+"));
            Assert.That(Regex.Count(output, "not implemented yet"), Is.EqualTo(3), "once per task, not once per test");
            Assert.That(output, Does.Contain("Task 1 · 0 of 11 passed"));
        });
    }

    [Test]
    public void A_failing_assertion_shows_expected_but_was_and_off_by_under_its_message()
    {
        using var learner = Learner.Start("sliding-window-average");
        learner.WritePartialSolution();

        var (exitCode, output) = learner.Mlkata("check", learner.Folder);

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Match(@"evicted two windows ago\s*\n\s+Expected: 6\.5d.*\n\s+But was: .*\n\s+Off by: "));
        Assert.That(output, Does.Contain("Task 2 · 2 of 2 passed").And.Contain("19/21 points"));
    }

    [Test]
    public void A_solved_kata_passes_with_exit_code_0_and_full_points()
    {
        using var learner = Learner.Start("dense-relu-layer");
        learner.Solve();

        var (exitCode, output) = learner.Mlkata("check", learner.Folder);

        Assert.That(exitCode, Is.Zero, output);
        var points = learner.Kata.Manifest.Points;
        Assert.That(output, Does.Contain($"{points}/{points} points"));
    }

    [Test]
    public void Check_finds_the_kata_from_a_folder_inside_it()
    {
        using var learner = Learner.Start("dense-relu-layer");

        var (exitCode, output) = Learner.Run(Path.Combine(learner.Folder, "src"), "check");

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Match(@"(\d+) of \1 tests failed"));
    }

    [Test]
    public void Json_output_has_the_results_json_shape()
    {
        using var learner = Learner.Start("sliding-window-average");

        var (exitCode, output) = learner.Mlkata("check", learner.Folder, "--json");
        var json = JsonNode.Parse(output)!;

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That((int)json["version"]!, Is.EqualTo(3));
            Assert.That((string)json["status"]!, Is.EqualTo("fail"));
            Assert.That((int)json["max_score"]!, Is.EqualTo(21));
            Assert.That(json["tests"]!.AsArray(), Has.Count.EqualTo(14));
            Assert.That(json["tests"]!.AsArray().Select(t => (string)t!["status"]!), Is.All.EqualTo("fail"));
            Assert.That(json["tests"]!.AsArray().Select(t => (int?)t!["task_id"]), Is.All.Not.Null);
        });
    }

    [Test]
    public void A_compile_error_names_the_file_and_line_without_an_absolute_path()
    {
        using var learner = Learner.Start("sliding-window-average");
        File.AppendAllText(learner.LearnerFile, "\nthis is not C#\n");

        var (exitCode, output) = learner.Mlkata("check", learner.Folder);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("CompileError").And.Contain("SlidingWindowAverage.cs(").And.Contain("error CS"));
            Assert.That(output, Does.Not.Contain(learner.Workspace), "no absolute paths");
        });
    }

    [Test]
    public void Mlk_hints_are_shown_with_the_command_that_explains_them()
    {
        using var learner = Learner.Start("thread-safe-model-loader");
        File.WriteAllText(learner.LearnerFile, learner.Kata.ReadMistakes().Single(m => m.Name == "lock-on-new-object").LearnerFiles[0].Text);

        var (_, output) = learner.Mlkata("check", learner.Folder);

        // The engine is given no MlKataDocsUrl, so there is no web link to show: the page is one command away.
        Assert.That(output, Does.Contain("ModelLoader.cs(").And.Contain("MLK005").And.Contain("(run `mlkata explain MLK005`)"));
    }

    [Test]
    public void A_folder_without_kata_json_is_bad_input()
    {
        var empty = Directory.CreateTempSubdirectory("mlkata-empty-").FullName;
        try
        {
            var (exitCode, output) = Learner.Run(empty, "check");

            Assert.That(exitCode, Is.EqualTo(2), output);
            Assert.That(output, Does.Contain("No kata.json"));
            Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Test]
    public void A_malformed_kata_json_is_bad_input_naming_the_field()
    {
        using var learner = Learner.Start("sliding-window-average");
        learner.EditManifest("\"level\": \"easy\"", "\"level\": 7");

        var (exitCode, output) = learner.Mlkata("check", learner.Folder);

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("kata.json").And.Contain("field 'level'"));
    }

    [Test]
    public void An_unknown_kata_id_is_bad_input_listing_the_known_ones()
    {
        using var learner = Learner.Start("sliding-window-average");
        learner.EditManifest("\"id\": \"sliding-window-average\"", "\"id\": \"no-such-kata\"");

        var (exitCode, output) = learner.Mlkata("check", learner.Folder);

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("no-such-kata").And.Contain("dense-relu-layer"));
    }

    [Test]
    public void A_missing_learner_file_is_bad_input()
    {
        using var learner = Learner.Start("dense-relu-layer");
        File.Delete(learner.LearnerFile);

        var (exitCode, output) = learner.Mlkata("check", learner.Folder);

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("src/DenseReluLayer.cs missing"));
    }
}
