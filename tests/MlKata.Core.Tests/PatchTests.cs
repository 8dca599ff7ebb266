using MlKata.Core.Catalog;
using MlKata.Core.Catalog.Patches;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// Mistakes stored as unified diffs against the reference: what <see cref="UnifiedDiff"/>
/// writes, <see cref="UnifiedPatch"/> applies back exactly, and a patch that no longer fits
/// its reference is refused with the hunk named, never applied approximately.
/// </summary>
public sealed class PatchTests
{
    private static readonly string Reference = string.Join('\n', Enumerable.Range(1, 40).Select(i => $"line {i};")) + "\n";

    [TestCase("line 20;", "line 20 changed;")]
    [TestCase("line 1;", "first changed;")]
    [TestCase("line 40;", "last changed;")]
    [TestCase("line 40;\n", "line 40;")]
    [TestCase("line 12;\n", "")]
    [TestCase("line 5;\n", "line 5;\ninserted;\nanother;\n")]
    public void Applying_the_diff_gives_back_the_changed_text(string from, string to)
    {
        var changed = Reference.Replace(from, to, StringComparison.Ordinal);
        var diff = UnifiedDiff.Create([new("A.cs", Reference)], [new("A.cs", changed)]);

        var applied = UnifiedPatch.Parse(diff, "x.patch").Apply([new("A.cs", Reference)]);

        Assert.That(applied.Single().Text, Is.EqualTo(changed));
    }

    [Test]
    public void Distant_changes_make_separate_hunks_with_three_lines_of_context()
    {
        var changed = Reference.Replace("line 5;", "five;", StringComparison.Ordinal).Replace("line 30;", "thirty;", StringComparison.Ordinal);

        var diff = UnifiedDiff.Create([new("A.cs", Reference)], [new("A.cs", changed)]);

        Assert.That(diff, Is.EqualTo("""
            --- a/A.cs
            +++ b/A.cs
            @@ -2,7 +2,7 @@
             line 2;
             line 3;
             line 4;
            -line 5;
            +five;
             line 6;
             line 7;
             line 8;
            @@ -27,7 +27,7 @@
             line 27;
             line 28;
             line 29;
            -line 30;
            +thirty;
             line 31;
             line 32;
             line 33;

            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Test]
    public void Only_the_files_that_differ_are_in_the_diff_and_the_others_are_kept()
    {
        IReadOnlyList<SourceFile> reference = [new("A.cs", Reference), new("B.cs", "class B {}\n")];
        IReadOnlyList<SourceFile> changed = [new("A.cs", Reference), new("B.cs", "class B { int x; }\n")];

        var diff = UnifiedDiff.Create(reference, changed);
        var applied = UnifiedPatch.Parse(diff, "x.patch").Apply(reference);

        Assert.Multiple(() =>
        {
            Assert.That(diff, Does.Not.Contain("A.cs"));
            Assert.That(applied.Select(f => f.Text), Is.EqualTo(changed.Select(f => f.Text)));
        });
    }

    [Test]
    public void A_hunk_applies_at_an_offset_when_the_reference_grew_above_it()
    {
        var changed = Reference.Replace("line 30;", "thirty;", StringComparison.Ordinal);
        var diff = UnifiedDiff.Create([new("A.cs", Reference)], [new("A.cs", changed)]);
        var grown = "// a new comment\n// over two lines\n" + Reference;

        var applied = UnifiedPatch.Parse(diff, "x.patch").Apply([new("A.cs", grown)]);

        Assert.That(applied.Single().Text, Is.EqualTo("// a new comment\n// over two lines\n" + changed));
    }

    [Test]
    public void A_hunk_whose_lines_are_gone_is_refused_naming_the_patch_hunk_and_line()
    {
        var changed = Reference.Replace("line 30;", "thirty;", StringComparison.Ordinal);
        var diff = UnifiedDiff.Create([new("A.cs", Reference)], [new("A.cs", changed)]);
        var edited = Reference.Replace("line 29;", "line 29 reworded;", StringComparison.Ordinal);

        var error = Assert.Throws<PatchException>(() => UnifiedPatch.Parse(diff, "mistakes/x.patch").Apply([new("A.cs", edited)]));

        Assert.That(error!.Message, Is.EqualTo(
            "mistakes/x.patch: hunk 1 of A.cs (@@ -27,7 +27,7 @@) does not apply: line 29 reads 'line 29 reworded;' where the hunk expects 'line 29;', and its lines are found nowhere else in the file"));
    }

    [Test]
    public void A_patch_is_not_applied_approximately()
    {
        var changed = Reference.Replace("line 30;", "thirty;", StringComparison.Ordinal);
        var diff = UnifiedDiff.Create([new("A.cs", Reference)], [new("A.cs", changed)]);
        var reindented = Reference.Replace("line 31;", "    line 31;", StringComparison.Ordinal);

        Assert.Throws<PatchException>(() => UnifiedPatch.Parse(diff, "x.patch").Apply([new("A.cs", reindented)]));
    }

    [Test]
    public void A_diff_written_by_git_applies()
    {
        const string git = """
            diff --git a/A.cs b/A.cs
            index 3b18e51..a1f2c3d 100644
            --- a/A.cs
            +++ b/A.cs
            @@ -1,3 +1,3 @@
             line 1;
            -line 2;
            +two;
             line 3;

            """;

        var applied = UnifiedPatch.Parse(git, "x.patch").Apply([new("A.cs", "line 1;\nline 2;\nline 3;\n")]);

        Assert.That(applied.Single().Text, Is.EqualTo("line 1;\ntwo;\nline 3;\n"));
    }

    [TestCase("", "not a unified diff")]
    [TestCase("--- a/A.cs\n", "must be followed by a '+++ ' header")]
    [TestCase("--- a/A.cs\n+++ b/A.cs\n", "has no hunk")]
    [TestCase("--- a/A.cs\n+++ b/A.cs\n@@ nonsense @@\n", "is not a hunk header")]
    [TestCase("--- a/A.cs\n+++ b/A.cs\n@@ -1,3 +1,3 @@\n line 1;\n", "ends early")]
    [TestCase("--- a/A.cs\n+++ b/A.cs\n@@ -1,2 +1,2 @@\n line 1;\n*line 2;\n", "starts with '*'")]
    public void A_malformed_patch_is_refused_with_what_is_wrong(string text, string expected)
    {
        var error = Assert.Throws<PatchException>(() => UnifiedPatch.Parse(text, "x.patch"));

        Assert.That(error!.Message, Does.StartWith("x.patch: ").And.Contain(expected));
    }

    [Test]
    public void A_patch_of_a_file_the_learner_does_not_edit_is_refused()
    {
        var diff = UnifiedDiff.Create([new("A.cs", "a\n")], [new("A.cs", "b\n")]);

        var error = Assert.Throws<PatchException>(() => UnifiedPatch.Parse(diff, "x.patch").Apply([new("B.cs", "a\n")]));

        Assert.That(error!.Message, Does.Contain("it changes A.cs, which is not a learner file (B.cs)"));
    }
}
