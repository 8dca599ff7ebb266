using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>A kata's learner view: all a learner and a grader need, nothing that gives the answer away.</summary>
public sealed class LearnerViewTests
{
    [Test]
    public void A_learner_view_holds_the_manifest_statement_stub_and_tests_and_no_solution_or_mistake()
    {
        using var folder = TempKata.CreateValid();

        var files = LearnerView.Files(KataCatalog.Load(folder.Directory)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(files.Select(f => f.Path), Is.EqualTo(new[] { "kata.json", "README.md", "src/Adder.cs", "tests/AdderTests.cs" }));
            Assert.That(files.Single(f => f.Path == "src/Adder.cs").Text, Does.Contain("NotImplementedException"), "the stub, not the solution");
        });
    }

    [Test]
    public void A_catalog_of_learner_views_loads_canonically_and_checks_a_submission()
    {
        using var folder = TempKata.CreateValid();
        var catalog = Path.Combine(folder.Parent, "catalog");
        LearnerView.WriteCatalog([KataCatalog.Load(folder.Directory)], catalog);

        var kata = KataCatalog.LoadAllCanonical(catalog).Single();
        var result = KataEngine.Check(kata, [new SourceFile("Adder.cs", TempKata.Solution)]);

        Assert.Multiple(() =>
        {
            Assert.That(Directory.EnumerateDirectories(Path.Combine(catalog, "tiny")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "src", "tests" }));
            Assert.That(result.Status, Is.EqualTo(KataStatus.Passed), result.Message);
            Assert.That(() => KataCatalog.LoadAll(catalog), Throws.TypeOf<KataFormatException>().With.Message.Contains("solution/"),
                "an author's catalog still needs every part");
        });
    }
}
