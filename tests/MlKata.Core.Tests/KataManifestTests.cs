using MlKata.Core.Catalog;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>A wrong kata.json fails with the file and the field named, never with a NullReferenceException.</summary>
public sealed class KataManifestTests
{
    private const string Hints = "\"hints\": { \"1\": [\"add them\"] }";

    [Test]
    public void A_valid_manifest_loads_every_field()
    {
        using var kata = TempKata.CreateValid();

        var manifest = KataCatalog.Load(kata.Directory).Manifest;

        Assert.Multiple(() =>
        {
            Assert.That(manifest.Id, Is.EqualTo("tiny"));
            Assert.That(manifest.Level, Is.EqualTo(KataLevel.Easy));
            Assert.That(manifest.LearnerFiles, Is.EqualTo(new[] { "Adder.cs" }));
            Assert.That(manifest.TimeLimit, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(manifest.Mistakes.Keys, Is.EqualTo(new[] { "subtracts" }));
        });
    }

    [Test]
    public void Hints_are_read_by_task_each_in_its_order()
    {
        var json = TempKata.ValidManifest.Replace(Hints, "\"hints\": { \"3\": [\"c1\", \"c2\"], \"1\": [\"a\"] }", StringComparison.Ordinal);
        Assert.That(json, Is.Not.EqualTo(TempKata.ValidManifest), "the test must change the hints");

        var hints = KataManifestReader.Parse(json, "tiny/kata.json").Hints;

        Assert.Multiple(() =>
        {
            Assert.That(hints.Tasks, Is.EqualTo(new[] { 1, 3 }));
            Assert.That(hints.For(3), Is.EqualTo(new[] { "c1", "c2" }));
            Assert.That(hints.For(2), Is.Empty);
            Assert.That(hints.Count, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_learners_copy_scaffolded_with_a_flat_hint_list_still_reads_as_task_1s_hints()
    {
        var json = TempKata.ValidManifest.Replace(Hints, "\"hints\": [\"add them\", \"carry\"]", StringComparison.Ordinal);
        Assert.That(json, Is.Not.EqualTo(TempKata.ValidManifest), "the test must flatten the hints");

        Assert.Throws<KataFormatException>(() => KataManifestReader.Parse(json, "tiny/kata.json"), "the catalog's own kata.json must be by task");
        Assert.That(KataManifestReader.Parse(json, "tiny/kata.json", learnerCopy: true).Hints.For(1), Is.EqualTo(new[] { "add them", "carry" }));
    }

    [Test]
    public void A_katas_rules_are_the_ordered_distinct_union_of_its_mistakes_rules()
    {
        var json = TempKata.ValidManifest.Replace(
            "\"subtracts\": { \"description\": \"subtracts instead\", \"rules\": [] }",
            """
            "subtracts": { "description": "subtracts", "rules": ["MLK005", "MLK001"] },
            "negates": { "description": "negates", "rules": [] },
            "multiplies": { "description": "multiplies", "rules": ["MLK002", "MLK001"] }
            """,
            StringComparison.Ordinal);
        Assert.That(json, Is.Not.EqualTo(TempKata.ValidManifest), "the test must give the kata three mistakes");

        var manifest = KataManifestReader.Parse(json, "tiny/kata.json");

        Assert.That(manifest.Rules, Is.EqualTo(new[] { "MLK001", "MLK002", "MLK005" }));
    }

    [Test]
    public void Malformed_json_names_the_file_and_the_position()
    {
        var error = Assert.Throws<KataFormatException>(() => KataManifestReader.Parse("{ \"id\": \"x\",\n  \"title\": }", "x/kata.json"));

        Assert.That(error!.Message, Does.StartWith("x/kata.json:").And.Contain("not valid JSON at line 2"));
    }

    [TestCase("\"level\": \"easy\"", "\"level\": \"trivial\"", "level", "must be one of easy, medium, hard, was 'trivial'")]
    [TestCase("\"points\": 2", "\"points\": \"two\"", "points", "must be a whole number, was 'two'")]
    [TestCase("\"points\": 2", "\"points\": 0", "points", "must be between 1 and 1000, was 0")]
    [TestCase("\"track\": \"data-structures\"", "\"track\": \"cooking\"", "track", "must be one of data-structures")]
    [TestCase("\"files\": [\"Adder.cs\"]", "\"files\": \"Adder.cs\"", "files", "must be an array of strings, was 'Adder.cs'")]
    [TestCase(Hints, "\"hints\": { \"1\": [\"add them\", 3] }", "hints.1[1]", "must be a non-empty string, was a number")]
    [TestCase(Hints, "\"hint\": { \"1\": [\"add them\"] }", "hint", "unknown field")]
    [TestCase(Hints, "\"hints\": [\"add them\"]", "hints", "must be an object from task number to that task's hints, such as { \"1\": [\"a hint for task 1\"] }, was an array")]
    [TestCase(Hints, "\"hints\": { \"one\": [\"add them\"] }", "hints.one", "'one' is not a task number (1 to 100)")]
    [TestCase(Hints, "\"hints\": { \"0\": [\"add them\"] }", "hints.0", "'0' is not a task number")]
    [TestCase(Hints, "\"hints\": { \"01\": [\"add them\"] }", "hints.01", "'01' is not a task number")]
    [TestCase(Hints, "\"hints\": { \"101\": [\"add them\"] }", "hints.101", "'101' is not a task number")]
    [TestCase(Hints, "\"hints\": { \"1\": \"add them\" }", "hints.1", "must be an array of strings, was 'add them'")]
    [TestCase(Hints, "\"hints\": { \"1\": [] }", "hints.1", "must hold at least one hint")]
    [TestCase(Hints, "\"hints\": { }", "hints", "must hold at least one task's hints")]
    [TestCase(Hints, "\"hints\": { \"1\": [\"a\"], \"1\": [\"b\"] }", "hints.1", "is given twice")]
    [TestCase(Hints + ",", "", "hints", "is required")]
    [TestCase("\"rules\": []", "\"rules\": [\"MLK1\"]", "mistakes.subtracts.rules", "'MLK1' is not a rule id")]
    [TestCase("\"hints\": {", "\"rules\": [\"MLK001\"], \"hints\": {", "rules", "unknown field")]
    [TestCase("\"description\": \"subtracts instead\", ", "", "mistakes.subtracts.description", "is required")]
    public void A_wrong_field_is_named_with_what_is_wrong(string find, string replace, string field, string message)
    {
        var json = TempKata.ValidManifest.Replace(find, replace, StringComparison.Ordinal);
        Assert.That(json, Is.Not.EqualTo(TempKata.ValidManifest), "the test case must change the manifest");

        var error = Assert.Throws<KataFormatException>(() => KataManifestReader.Parse(json, "tiny/kata.json"));

        Assert.That(error!.Problems, Has.Some.Matches<KataFormatProblem>(p => p.Field == field && p.Message.Contains(message, StringComparison.Ordinal)),
            $"expected field '{field}' with '{message}', got: {error.Message}");
        Assert.That(error.Message, Does.StartWith("tiny/kata.json"));
    }

    [Test]
    public void A_missing_required_field_is_named()
    {
        var json = TempKata.ValidManifest.Replace("\"title\": \"Tiny kata\",", "", StringComparison.Ordinal);

        var error = Assert.Throws<KataFormatException>(() => KataManifestReader.Parse(json, "tiny/kata.json"));

        Assert.That(error!.Message, Is.EqualTo("tiny/kata.json: field 'title': is required"));
    }

    [Test]
    public void Every_problem_is_reported_at_once()
    {
        var json = TempKata.ValidManifest
            .Replace("\"level\": \"easy\"", "\"level\": 3", StringComparison.Ordinal)
            .Replace("\"points\": 2", "\"points\": -1", StringComparison.Ordinal);

        var error = Assert.Throws<KataFormatException>(() => KataManifestReader.Parse(json, "tiny/kata.json"));

        Assert.That(error!.Problems.Select(p => p.Field), Is.EquivalentTo(new[] { "level", "points" }));
    }

    [Test]
    public void A_json_array_instead_of_an_object_is_reported()
    {
        var error = Assert.Throws<KataFormatException>(() => KataManifestReader.Parse("[1, 2]", "tiny/kata.json"));

        Assert.That(error!.Message, Does.Contain("must be a JSON object, was an array"));
    }

    [Test]
    public void A_folder_without_kata_json_is_reported_as_not_a_kata()
    {
        using var kata = TempKata.CreateValid();
        kata.Delete("kata.json");

        var error = Assert.Throws<KataFormatException>(() => KataCatalog.Load(kata.Directory));

        Assert.That(error!.Message, Does.Contain("kata.json is missing"));
    }

    [Test]
    public void An_id_that_differs_from_the_folder_name_is_reported()
    {
        using var kata = TempKata.CreateValid(TempKata.ValidManifest.Replace("\"id\": \"tiny\"", "\"id\": \"small\"", StringComparison.Ordinal));

        var error = Assert.Throws<KataFormatException>(() => KataCatalog.Load(kata.Directory));

        Assert.That(error!.Message, Does.Contain("field 'id': must equal the folder name 'tiny', was 'small'"));
    }

    [Test]
    public void A_learner_file_missing_from_src_is_reported()
    {
        using var kata = TempKata.CreateValid();
        kata.Delete("src/Adder.cs");

        var error = Assert.Throws<KataFormatException>(() => KataCatalog.Load(kata.Directory));

        Assert.That(error!.Message, Does.Contain("field 'files': 'Adder.cs' is not in src/"));
    }

    [Test]
    public void A_mistake_file_without_a_description_is_reported()
    {
        using var kata = TempKata.CreateValid();
        kata.Write("mistakes/multiplies.cs", "namespace Tiny; public static class Adder { public static int Add(int a, int b) => a * b; }");

        var error = Assert.Throws<KataFormatException>(() => KataCatalog.Load(kata.Directory));

        Assert.That(error!.Message, Does.Contain("field 'mistakes.multiplies': mistakes/multiplies exists but kata.json does not describe it"));
    }

    [Test]
    public void A_described_mistake_without_a_file_is_reported()
    {
        using var kata = TempKata.CreateValid();
        kata.Delete("mistakes/subtracts.cs");

        var error = Assert.Throws<KataFormatException>(() => KataCatalog.Load(kata.Directory));

        Assert.That(error!.Message, Does.Contain("field 'mistakes.subtracts': no mistakes/subtracts.patch, subtracts.cs or subtracts/ folder"));
    }
}
