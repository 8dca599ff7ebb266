using MlKata.Core.Authoring;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Verification;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// The three forms a mistake (or an alternative) takes on disk, how an author writes one, and
/// what the verifier says when one is stale, stored twice, or still a skeleton.
/// </summary>
public sealed class KataVariantFormsTests
{
    private const string SubtractsPatch = """
        --- a/Adder.cs
        +++ b/Adder.cs
        @@ -1 +1 @@
        -namespace Tiny; public static class Adder { public static int Add(int a, int b) => a + b; }
        \ No newline at end of file
        +namespace Tiny; public static class Adder { public static int Add(int a, int b) => a - b; }
        \ No newline at end of file

        """;

    [Test]
    public void A_mistake_stored_as_a_patch_is_the_reference_with_the_patch_applied()
    {
        using var folder = TempKata.CreateValid();
        folder.Delete("mistakes/subtracts.cs");
        folder.Write("mistakes/subtracts.patch", SubtractsPatch);

        var mistake = KataCatalog.Load(folder.Directory).ReadMistake("subtracts");

        Assert.That(mistake.LearnerFiles.Single().Text, Does.Contain("=> a - b;"));
    }

    [Test]
    public void A_patch_that_no_longer_applies_is_a_verify_failure_naming_the_mistake_and_the_hunk()
    {
        using var folder = TempKata.CreateValid();
        folder.Delete("mistakes/subtracts.cs");
        folder.Write("mistakes/subtracts.patch", SubtractsPatch);
        folder.Write("solution/Adder.cs", "namespace Tiny; public static class Adder { public static int Add(int a, int b) => b + a; }");
        var kata = KataCatalog.Load(folder.Directory);

        var verdict = KataVerifier.Verify(kata, "subtracts", VariantKind.Mistake, InProcessChecker.Instance);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Ok, Is.False);
            Assert.That(verdict.Problems.Single(), Does.StartWith("tiny/mistakes/subtracts.patch: hunk 1 of Adder.cs (@@ -1 +1 @@) does not apply"));
        });
    }

    [Test]
    public void A_mistake_stored_two_ways_is_a_format_error()
    {
        using var folder = TempKata.CreateValid();
        folder.Write("mistakes/subtracts.patch", SubtractsPatch);

        var error = Assert.Throws<KataFormatException>(() => KataCatalog.Load(folder.Directory));

        Assert.That(error!.Message, Does.Contain("mistakes/subtracts is stored 2 ways (subtracts.patch, subtracts.cs): keep one"));
    }

    [Test]
    public void A_one_line_flaw_is_stored_as_a_patch_and_reads_back_as_written()
    {
        using var folder = TempKata.CreateValid();
        var kata = KataCatalog.Load(folder.Directory);
        var reference = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"// reference line {i}")) + "\n" + TempKata.Solution + "\n";
        folder.Write("solution/Adder.cs", reference);
        var edited = reference.Replace("a + b", "a * b", StringComparison.Ordinal);

        var written = MistakeFiles.Write(kata, "subtracts", [new("Adder.cs", edited)]);

        Assert.Multiple(() =>
        {
            Assert.That(written, Is.EqualTo("mistakes/subtracts.patch"));
            Assert.That(Path.Combine(folder.Directory, "mistakes", "subtracts.cs"), Does.Not.Exist, "a mistake is stored once");
            Assert.That(KataCatalog.Load(folder.Directory).ReadMistake("subtracts").LearnerFiles.Single().Text, Is.EqualTo(edited));
        });
    }

    [Test]
    public void A_different_design_stays_a_whole_file()
    {
        using var folder = TempKata.CreateValid();
        var kata = KataCatalog.Load(folder.Directory);
        const string design = "namespace Tiny;\npublic static class Adder\n{\n    public static int Add(int a, int b) => checked(a - b);\n}\n";

        var written = MistakeFiles.Write(kata, "subtracts", [new("Adder.cs", design)]);

        Assert.Multiple(() =>
        {
            Assert.That(written, Is.EqualTo("mistakes/subtracts.cs"));
            Assert.That(File.ReadAllText(Path.Combine(folder.Directory, "mistakes", "subtracts.cs")), Is.EqualTo(design));
        });
    }

    [Test]
    public void The_reference_itself_is_no_mistake_to_store()
    {
        using var folder = TempKata.CreateValid();
        var kata = KataCatalog.Load(folder.Directory);

        Assert.Throws<ArgumentException>(() => MistakeFiles.Write(kata, "same", kata.ReadReference().LearnerFiles));
    }

    [Test]
    public void An_alternative_must_pass_every_test_like_the_reference()
    {
        using var folder = TempKata.CreateValid();
        folder.Write("alternatives/commuted.cs", "namespace Tiny; public static class Adder { public static int Add(int a, int b) => b + a; }");
        folder.Write("alternatives/wrong.cs", "namespace Tiny; public static class Adder { public static int Add(int a, int b) => a; }");
        var kata = KataCatalog.Load(folder.Directory);

        var verdicts = KataVerifier.Verify(kata, InProcessChecker.Instance).Where(v => v.Variant.Kind == VariantKind.Alternative).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(verdicts.Select(v => v.Variant.Name), Is.EqualTo(new[] { "commuted", "wrong" }));
            Assert.That(verdicts[0].Ok, Is.True, verdicts[0].Describe());
            Assert.That(verdicts[1].Problems, Has.Some.Contains("rejects a correct solution"));
        });
    }

    [Test]
    public void A_new_kata_skeleton_loads_and_fails_verify_where_it_is_unfilled()
    {
        var katas = Directory.CreateTempSubdirectory("mlkata-skeleton-").FullName;
        try
        {
            KataSkeleton.Write(katas, "lru-cache", gpu: false);
            var kata = KataCatalog.Load(Path.Combine(katas, "lru-cache"));

            var verdicts = KataVerifier.Verify(kata, InProcessChecker.Instance);
            var reference = verdicts.Single(v => v.Variant.Kind == VariantKind.Reference);

            Assert.Multiple(() =>
            {
                Assert.That(verdicts.Single(v => v.Variant.Kind == VariantKind.Stub).Ok, Is.True, "the stub compiles and fails its test");
                Assert.That(reference.Result.Status, Is.EqualTo(KataStatus.Failed), "the reference starts as the stub");
                Assert.That(reference.Problems, Has.Some.StartsWith("README.md:1 still holds the skeleton's TODO(author)"));
                Assert.That(reference.Problems, Has.Some.StartsWith("kata.json:"));
            });
        }
        finally
        {
            Directory.Delete(katas, recursive: true);
        }
    }

    [TestCase("LRU")]
    [TestCase("lru_cache")]
    [TestCase("-lru")]
    [TestCase("lru--cache")]
    public void A_kata_id_must_be_kebab_case(string id)
    {
        Assert.Throws<ArgumentException>(() => KataSkeleton.Write(Path.GetTempPath(), id, gpu: false));
    }
}
