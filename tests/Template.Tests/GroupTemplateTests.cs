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
    public void The_group_has_a_members_readme_the_layout_and_a_workflow_that_fails_only_on_infrastructure_errors()
    {
        var group = NewGroup("group-files");
        var workflow = File.ReadAllText(Path.Combine(group, ".github", "workflows", "grade.yml"));
        var readme = File.ReadAllText(Path.Combine(group, "README.md"));

        Assert.Multiple(() =>
        {
            Assert.That(Path.Combine(group, "members", "README.md"), Does.Exist);
            Assert.That(readme, Does.Contain("# group-files").And.Contain("members/<your-github-name>/").And.Contain("mlkata new").And.Contain("mlkata check"));
            Assert.That(workflow, Does.Contain($"git clone --depth 1 {Runner}"), "--runner names the runner's repository");
            Assert.That(workflow, Does.Contain("dotnet restore"));
            Assert.That(workflow, Does.Contain("mlkata grade members --out grade-results"));
            Assert.That(workflow, Does.Contain("GITHUB_STEP_SUMMARY"));
            Assert.That(workflow, Does.Contain("actions/upload-artifact"));
            Assert.That(workflow, Does.Contain("if [ \"$code\" -eq 3 ]"), "only an infrastructure failure fails the job");
            Assert.That(workflow, Does.Not.Contain("MLKATA_RUNNER_REPOSITORY"));
        });
    }

    private const string Runner = "https://example.invalid/mlkata.git";

    /// <summary>Runs `dotnet new mlkata-group` into a new folder under the work folder and returns it.</summary>
    private static string NewGroup(string name)
    {
        var group = Path.Combine(TemplateFixture.Work, name);
        var (exitCode, output) = DotnetCli.Run(TemplateFixture.Work, null,
            ["new", "mlkata-group", "-o", group, "--runner", Runner, .. TemplateInstaller.HiveArguments(TemplateFixture.Hive)]);
        Assert.That(exitCode, Is.Zero, output);
        return group;
    }
}
