using System.Diagnostics;
using System.Globalization;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Grading;
using MlKata.Core.Learners;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// Submissions as a hostile learner makes them: every learner file is checked before it is
/// read, and what fails a check is an invalid submission that says why, not a hang, a leak of
/// another file or a grader out of memory.
/// </summary>
public sealed class LearnerFileTests
{
    private TempKata _canonical = null!;
    private Kata _kata = null!;
    private string _submissions = null!;

    [SetUp]
    public void MakeTheKataAndAnHonestSubmission()
    {
        _canonical = TempKata.CreateValid();
        _kata = KataCatalog.Load(_canonical.Directory);
        _submissions = Path.Combine(_canonical.Parent, "submissions");
        Submit("alice");
    }

    [TearDown]
    public void RemoveThem() => _canonical.Dispose();

    [Test]
    public void An_honest_folder_reads_its_learner_files()
    {
        var files = Open("alice").ReadLearnerFiles();

        Assert.That(files, Is.EqualTo(new[] { new SourceFile("Adder.cs", TempKata.Solution) }));
    }

    [Test]
    public void A_link_to_a_file_outside_the_folder_is_refused()
    {
        var folder = Submit("mallory");
        Relink(Path.Combine(folder, "src", "Adder.cs"), Path.Combine(_canonical.Directory, "solution", "Adder.cs"));

        AssertRefused(() => Open("mallory").ReadLearnerFiles(), "src/Adder.cs is a symbolic link: submit the file itself.");
    }

    [Test]
    public void A_link_to_dev_zero_is_refused_before_anything_is_read()
    {
        var folder = Submit("mallory");
        Relink(Path.Combine(folder, "src", "Adder.cs"), "/dev/zero");

        AssertRefused(() => Open("mallory").ReadLearnerFiles(), "src/Adder.cs is a symbolic link: submit the file itself.");
    }

    [Test]
    public void A_linked_src_folder_is_refused()
    {
        var folder = Submit("mallory");
        Directory.Delete(Path.Combine(folder, "src"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(folder, "src"), Path.Combine(_submissions, "alice", "tiny", "src"));

        AssertRefused(() => Open("mallory").ReadLearnerFiles(), "src is a symbolic link: submit the folder itself.");
    }

    [Test]
    public void A_file_over_the_limit_is_refused_by_its_size()
    {
        var folder = Submit("mallory");
        File.WriteAllBytes(Path.Combine(folder, "src", "Adder.cs"), new byte[2 * 1024 * 1024]);

        AssertRefused(() => Open("mallory").ReadLearnerFiles(), "src/Adder.cs is 2,097,152 bytes, over the 1,048,576 bytes a submitted file may hold");
    }

    [Test]
    public void A_file_longer_than_its_size_said_is_read_no_further_than_the_limit()
    {
        var path = Path.Combine(Submit("mallory"), "src", "Adder.cs");
        File.WriteAllBytes(path, new byte[LearnerKata.MaxLearnerFileBytes + 2]);

        AssertRefused(() => LearnerFile.ReadAtMost(path, "src/Adder.cs", LearnerKata.MaxLearnerFileBytes), "src/Adder.cs grew while it was read, over the 1,048,576 bytes");
    }

    [Test]
    public void An_empty_file_is_refused()
    {
        File.WriteAllText(Path.Combine(Submit("mallory"), "src", "Adder.cs"), "");

        AssertRefused(() => Open("mallory").ReadLearnerFiles(), "src/Adder.cs is empty, or is not a regular file (a FIFO, a device)");
    }

    [Test]
    public void A_fifo_is_refused_without_being_opened()
    {
        var path = Path.Combine(Submit("mallory"), "src", "Adder.cs");
        File.Delete(path);
        MakeFifo(path);

        // Opening a FIFO for reading waits for a writer: a reader that opened it would never return.
        var read = Task.Run(() => Open("mallory").ReadLearnerFiles());

        Assert.That(Task.WaitAny([read], TimeSpan.FromSeconds(30)), Is.Zero, "the read returns instead of waiting on the FIFO");
        AssertRefused(() => read.GetAwaiter().GetResult(), "src/Adder.cs is empty, or is not a regular file (a FIFO, a device)");
    }

    [Test]
    public void A_kata_json_that_is_a_link_is_refused()
    {
        var folder = Submit("mallory");
        Relink(Path.Combine(folder, KataManifestReader.FileName), Path.Combine(_canonical.Directory, KataManifestReader.FileName));

        AssertRefused(() => Open("mallory"), "kata.json is a symbolic link: submit the file itself.");
    }

    [Test]
    public void A_kata_json_over_its_limit_is_refused()
    {
        var manifest = Path.Combine(Submit("mallory"), KataManifestReader.FileName);
        File.WriteAllText(manifest, TempKata.ValidManifest + new string(' ', LearnerKata.MaxManifestBytes));

        AssertRefused(() => Open("mallory"), $"kata.json is {new FileInfo(manifest).Length.ToString("N0", CultureInfo.InvariantCulture)} bytes, over the 65,536 bytes a submitted file may hold");
    }

    [Test]
    public void Grading_gives_each_hostile_folder_an_invalid_row_and_the_honest_one_its_points()
    {
        Relink(Path.Combine(Submit("linked-manifest"), KataManifestReader.FileName), "/dev/zero");
        Relink(Path.Combine(Submit("linked-solution"), "src", "Adder.cs"), Path.Combine(_canonical.Directory, "solution", "Adder.cs"));

        var rows = new Grader([_kata], () => InProcessChecker.Instance).Grade(SubmissionScanner.Scan(_submissions), parallelism: 1);

        Assert.That(rows.Select(r => (r.Learner, r.Status, r.Message.Split(':')[0])), Is.EqualTo(new[]
        {
            ("alice", GradeStatus.Passed, "all 2 tests passed"),
            ("linked-manifest", GradeStatus.Invalid, "kata.json is a symbolic link"),
            ("linked-solution", GradeStatus.Invalid, "src/Adder.cs is a symbolic link"),
        }));
    }

    /// <summary>A learner's copy of the tiny kata, holding the reference solution.</summary>
    private string Submit(string learner)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_submissions, learner, "tiny")).FullName;
        File.WriteAllText(Path.Combine(folder, KataManifestReader.FileName), TempKata.ValidManifest);
        Directory.CreateDirectory(Path.Combine(folder, KataLayout.Source));
        File.WriteAllText(Path.Combine(folder, KataLayout.Source, "Adder.cs"), TempKata.Solution);
        return folder;
    }

    private LearnerKata Open(string learner) => LearnerKata.Open(Path.Combine(_submissions, learner, "tiny"), [_kata]);

    private static void Relink(string path, string target)
    {
        File.Delete(path);
        File.CreateSymbolicLink(path, target);
    }

    private static void MakeFifo(string path)
    {
        Process mkfifo;
        try
        {
            mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("mkfifo is not installed: no FIFO to test with.");
            throw;
        }

        using (mkfifo)
        {
            mkfifo.WaitForExit();
            Assume.That(mkfifo.ExitCode, Is.Zero, "mkfifo made the FIFO");
        }
    }

    private static void AssertRefused(TestDelegate read, string reason) =>
        Assert.That(read, Throws.TypeOf<LearnerKataException>().With.Message.StartsWith(reason));
}
