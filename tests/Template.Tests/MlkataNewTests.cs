using MlKata.Core.Processes;
using NUnit.Framework;

namespace Template.Tests;

/// <summary>`mlkata new` as a learner runs it, against the private template store.</summary>
[Category("Slow")]
public sealed class MlkataNewTests
{
    private static (int ExitCode, string Output) Mlkata(params string[] arguments) => Mlkata(new Dictionary<string, string>(), arguments);

    private static (int ExitCode, string Output) Mlkata(Dictionary<string, string> environment, params string[] arguments)
    {
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "mlkata.dll");
        environment["MLKATA_TEMPLATE_HIVE"] = TemplateFixture.Hive;
        environment["COLUMNS"] = "200";
        return DotnetCli.Run(TemplateFixture.Work, environment, [cli, .. arguments]);
    }

    [Test]
    public void New_scaffolds_the_kata_and_shows_its_failing_tests_and_what_to_do_next()
    {
        var target = Path.Combine(TemplateFixture.Work, "mlkata-new");

        var (exitCode, output) = Mlkata("new", "sliding-window-average", "-o", target);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(Path.Combine(target, "src", "SlidingWindowAverage.cs"), Does.Exist);
            Assert.That(Path.Combine(target, "obj", "project.assets.json"), Does.Exist, "restored, so that an editor shows the MLK hints at once");
            Assert.That(output, Does.Contain("Created").And.Contain("Restored"));
            Assert.That(output, Does.Contain("Task 1").And.Contain("Constructor_rejects_a_window_size_that_is_not_positive"));
            Assert.That(output, Does.Contain("14 of 14 tests failed"));
            Assert.That(output, Does.Contain("Next:"));
        });
    }

    [Test]
    public void New_keeps_the_scaffold_and_says_how_to_restore_when_restore_fails()
    {
        var target = Path.Combine(TemplateFixture.Work, "mlkata-new-offline");
        // Offline, as restore sees it: an empty package cache, and no source that exists.
        var offline = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Directory.CreateDirectory(Path.Combine(TemplateFixture.Work, "empty-package-cache")).FullName,
            ["RestoreSources"] = Path.Combine(TemplateFixture.Work, "no-such-feed"),
        };

        var (exitCode, output) = Mlkata(offline, "new", "sliding-window-average", "-o", target);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(Path.Combine(target, "src", "SlidingWindowAverage.cs"), Does.Exist, "the scaffold stays");
            Assert.That(output, Does.Contain("Could not restore the kata's packages").And.Contain("error NU1301"));
            Assert.That(output, Does.Contain("dotnet restore mlkata-new-offline"), "the command to run later, relative to where mlkata ran");
            Assert.That(output, Does.Contain("14 of 14 tests failed"), "the first check still runs");
        });
    }

    [Test]
    public void New_refuses_a_folder_that_is_not_empty()
    {
        var target = Directory.CreateDirectory(Path.Combine(TemplateFixture.Work, "occupied")).FullName;
        File.WriteAllText(Path.Combine(target, "keep.txt"), "mine");

        var (exitCode, output) = Mlkata("new", "dense-relu-layer", "-o", target);

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("is not empty"));
        Assert.That(File.ReadAllText(Path.Combine(target, "keep.txt")), Is.EqualTo("mine"));
    }

    [Test]
    public void New_with_an_unknown_id_lists_the_valid_ids()
    {
        var (exitCode, output) = Mlkata("new", "no-such-kata");

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("Unknown kata 'no-such-kata'").And.Contain("sliding-window-average"));
    }

    [Test]
    public void List_shows_every_kata()
    {
        var (exitCode, output) = Mlkata("list");

        Assert.That(exitCode, Is.Zero, output);
        foreach (var kata in TemplateFixture.Catalog)
        {
            Assert.That(output, Does.Contain(kata.Id));
        }
    }
}
