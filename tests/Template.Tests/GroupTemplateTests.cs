using System.Text.Json.Nodes;
using MlKata.Core.Processes;
using MlKata.Core.Templates;
using NUnit.Framework;

namespace Template.Tests;

/// <summary>`dotnet new mlkata-group`: a study group's repository, graded as its CI would grade it.</summary>
[Category("Slow")]
public sealed class GroupTemplateTests
{
    [Test]
    public void A_new_group_with_two_members_grades_into_a_scoreboard()
    {
        var group = NewGroup("study-group");

        // Two members: ann solved her kata, ben has only started his.
        var ann = TemplateFixture.Scaffold("dense-relu-layer", Path.Combine(group, "members", "ann", "dense-relu-layer"));
        var kata = TemplateFixture.Catalog.Single(k => k.Id == "dense-relu-layer");
        var points = kata.Manifest.Points;
        var reference = kata.ReadReference().LearnerFiles[0];
        File.WriteAllText(Path.Combine(ann, "src", reference.Path), reference.Text);
        TemplateFixture.Scaffold("dense-relu-layer", Path.Combine(group, "members", "ben", "dense-relu-layer"));

        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "mlkata.dll");
        var (gradeExit, gradeOutput) = DotnetCli.Run(group, null, cli, "grade", "members", "--out", "grade-results");
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(group, "grade-results", "results.json")))!["results"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(gradeExit, Is.EqualTo(1), gradeOutput);
            Assert.That(results.Select(r => $"{(string)r!["learner"]!}: {(string)r["grade_status"]!} {(int)r["score"]!}"),
                Is.EquivalentTo(new[] { $"ann: Passed {points}", "ben: Failed 0" }));
            Assert.That(Path.Combine(group, "grade-results", "scoreboard.html"), Does.Exist);
            Assert.That(File.ReadAllText(Path.Combine(group, "grade-results", "summary.md")), Does.Contain($"| ann | ✅ {points}/{points} |"));
        });
    }

    [Test]
    public void The_group_workflow_grades_three_learners_in_two_shards_and_merges_them_with_the_pinned_tool()
    {
        var group = NewGroup("sharded-group", "--tool-version", TemplateFixture.Version, "--tool-feed", InstalledTool.Feed);
        var solved = TemplateFixture.Scaffold("base62-shortener", Path.Combine(group, "members", "ann", "base62-shortener"));
        foreach (var file in TemplateFixture.Catalog.Single(k => k.Id == "base62-shortener").ReadReference().LearnerFiles)
        {
            File.WriteAllText(Path.Combine(solved, "src", file.Path), file.Text);
        }

        TemplateFixture.Scaffold("base62-shortener", Path.Combine(group, "members", "ben", "base62-shortener"));
        TemplateFixture.Scaffold("trie", Path.Combine(group, "members", "cy", "trie"));
        var workflow = new GroupWorkflow(group);

        workflow.Run(shards: 2, runId: 9_876_543_210);

        var rows = JsonNode.Parse(File.ReadAllText(Path.Combine(group, "grade-results", "results.json")))!["results"]!.AsArray()
            .Select(r => $"{(string)r!["learner"]!}/{(string)r["kata"]!}: {(string)r["grade_status"]!}");
        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EquivalentTo(new[]
            {
                "ann/base62-shortener: Passed", "ann/trie: Missing",
                "ben/base62-shortener: Failed", "ben/trie: Missing",
                "cy/base62-shortener: Missing", "cy/trie: Failed",
            }), "every (learner, kata) once, across both shards");
            Assert.That(Path.Combine(group, "grade-results", "summary.md"), Does.Exist);
            Assert.That(File.ReadAllText(workflow.StepSummary), Does.Contain("| ann |").And.Contain("| cy |"), "the merge job writes the job summary");
            Assert.That(Path.Combine(group, ".mlkata-tool", "mlkata"), Does.Exist, "installed from the feed the group pins");
            var history = File.ReadAllLines(Path.Combine(group, ".mlkata-history", "history.jsonl"));
            Assert.That(history, Has.Length.EqualTo(1), "the merge adds the run to the group's history");
            Assert.That(history[0], Does.Contain("\"learner\":\"ann\"").And.Contain("\"learner\":\"cy\""));
        });
    }

    [Test]
    public void A_new_group_grades_with_the_templates_own_tool_version_from_nuget_org_in_a_matrix_of_shards()
    {
        var group = NewGroup("group-files");
        var workflow = File.ReadAllText(Path.Combine(group, ".github", "workflows", "grade.yml"));
        var script = File.ReadAllText(Path.Combine(group, ".github", "mlkata-grade.sh"));
        var readme = File.ReadAllText(Path.Combine(group, "README.md"));

        Assert.Multiple(() =>
        {
            Assert.That(Path.Combine(group, "members", "README.md"), Does.Exist);
            Assert.That(readme, Does.Contain("# group-files").And.Contain("members/<your-github-name>/").And.Contain("mlkata new").And.Contain("mlkata check"));
            Assert.That(readme, Does.Contain($"dotnet tool install -g MlKata.Cli --version {TemplateFixture.Version} --add-source https://api.nuget.org/v3/index.json"));
            Assert.That(script, Does.Contain($"MLKATA_VERSION=\"{TemplateFixture.Version}\"").And.Contain("MLKATA_FEED=\"https://api.nuget.org/v3/index.json\""),
                "by default a group pins the tool of its template's own pack, from nuget.org");
            Assert.That(script, Does.Contain("--shard \"$shard\" --seed \"$seed\""));
            Assert.That(script, Does.Contain("if [ \"$code\" -eq 3 ]"), "only an infrastructure failure fails a step");
            Assert.That(script, Does.Contain("GITHUB_STEP_SUMMARY"));
            Assert.That(workflow, Does.Contain("shard: [1, 2]"));
            Assert.That(workflow, Does.Contain("needs: grade"));
            Assert.That(workflow, Does.Contain("actions/upload-artifact").And.Contain("actions/download-artifact"));
            Assert.That(workflow, Does.Contain("bubblewrap"));
            Assert.That(workflow, Does.Contain("actions/cache/restore@v4").And.Contain("actions/cache/save@v4").And.Contain("path: .mlkata-history"),
                "the history the scoreboard charts is kept from run to run");
            Assert.That(workflow, Does.Not.Contain("git clone").And.Not.Contain("MLKATA_TOOL_"));
        });
    }

    /// <summary>Runs `dotnet new mlkata-group` into a new folder under the work folder and returns it.</summary>
    private static string NewGroup(string name, params string[] options)
    {
        var group = Path.Combine(TemplateFixture.Work, name);
        var (exitCode, output) = DotnetCli.Run(TemplateFixture.Work, null,
            ["new", "mlkata-group", "-o", group, .. options, .. TemplateInstaller.HiveArguments(TemplateFixture.Hive)]);
        Assert.That(exitCode, Is.Zero, output);
        return group;
    }
}
