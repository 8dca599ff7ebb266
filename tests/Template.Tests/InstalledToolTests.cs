using NUnit.Framework;

namespace Template.Tests;

/// <summary>The installed mlkata tool, in a folder with no checkout around it: the learner's whole loop.</summary>
[Category("Slow")]
public sealed class InstalledToolTests
{
    [Test]
    public void The_installed_tool_starts_checks_hints_lists_and_explains_a_kata_with_no_checkout()
    {
        var folder = Directory.CreateDirectory(Path.Combine(TemplateFixture.Work, "learner")).FullName;
        Assert.That(MlKata.Core.RepositoryLayout.FindRoot(folder), Is.Null, "the learner's folder is outside any checkout");

        var (newExit, newOutput) = InstalledTool.Run(folder, "new", "softmax");

        // A partial solution: the rows computed, but divided by the wrong sum.
        var kata = TemplateFixture.Catalog.Single(k => k.Id == "softmax");
        var partial = kata.ReadMistake("normalised-by-unshifted-sum").LearnerFiles.Single();
        File.WriteAllText(Path.Combine(folder, "softmax", "src", partial.Path), partial.Text);
        var (checkExit, checkOutput) = InstalledTool.Run(folder, "check", "softmax");
        var (hintExit, hintOutput) = InstalledTool.Run(folder, "hint", "softmax");
        var (listExit, listOutput) = InstalledTool.Run(folder, "list");
        var (explainExit, explainOutput) = InstalledTool.Run(folder, "explain", "MLK001");
        var (devExit, devOutput) = InstalledTool.Run(folder, "dev", "verify");

        Assert.Multiple(() =>
        {
            Assert.That(newExit, Is.Zero, newOutput);
            Assert.That(newOutput, Does.Contain($"Installed the mlkata template {TemplateFixture.Version}").And.Contain("Created").And.Contain("Restored"),
                "the template and the scaffold's packages come from the feed the tool carries");
            Assert.That(newOutput, Does.Contain("20 of 20 tests failed"));
            Assert.That(checkExit, Is.EqualTo(1), checkOutput);
            Assert.That(checkOutput, Does.Contain("✓ Rows_and_LogRows_reject_a_null_matrix").And.Contain("Expected: 1.0d").And.Contain("But was:"));
            Assert.That(Directory.EnumerateFiles(InstalledTool.ServerFolder, "check-*.log", SearchOption.AllDirectories).Select(File.ReadAllText),
                Has.Some.Contains("checked softmax: Failed"), "the check server, not a fallback, checked the kata from the tool's catalog");
            Assert.That(hintExit, Is.Zero, hintOutput);
            Assert.That(hintOutput, Does.Contain("Task 1, hint 1 of"));
            Assert.That(listExit, Is.Zero, listOutput);
            Assert.That(listOutput, Does.Match(@"softmax .*failing"));
            Assert.That(listOutput, Does.Contain("sliding-window-average"), "the whole catalog travels with the tool");
            Assert.That(explainExit, Is.Zero, explainOutput);
            Assert.That(explainOutput, Does.Contain("MLK001: List used as a FIFO queue"));
            Assert.That(devExit, Is.EqualTo(2), devOutput);
            Assert.That(devOutput, Does.Contain("`mlkata dev verify` needs an MlKata checkout"));
        });
    }

    [Test]
    public void The_tools_catalog_holds_each_katas_learner_view_and_no_solution_or_mistake()
    {
        var catalog = Path.Combine(Path.GetDirectoryName(InstalledToolStore())!, "catalog");

        Assert.Multiple(() =>
        {
            Assert.That(Directory.EnumerateDirectories(catalog).Select(Path.GetFileName), Is.EquivalentTo(TemplateFixture.Catalog.Select(k => k.Id)));
            Assert.That(Directory.EnumerateDirectories(catalog, "*", SearchOption.AllDirectories).Select(Path.GetFileName),
                Has.None.EqualTo("solution").And.None.EqualTo("mistakes").And.None.EqualTo("alternatives"));
            Assert.That(Path.Combine(catalog, "softmax", "src", "Softmax.cs"), Does.Exist);
            Assert.That(File.ReadAllText(Path.Combine(catalog, "softmax", "src", "Softmax.cs")),
                Is.EqualTo(File.ReadAllText(Path.Combine(TemplateFixture.Catalog.Single(k => k.Id == "softmax").Directory, "src", "Softmax.cs"))));
        });
    }

    // The installed mlkata.dll, inside the tool path's package store.
    private static string InstalledToolStore() =>
        Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(InstalledTool.Command)!, ".store"), "mlkata.dll", SearchOption.AllDirectories).Single();
}
