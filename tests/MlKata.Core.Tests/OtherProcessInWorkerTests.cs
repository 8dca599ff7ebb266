using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Engine.Isolation;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// OtherProcess inside the engine's worker, where the tests and the learner's code are images the
/// worker wrote to its temp folder: the child runs the submitted code, with the grading seed, in
/// a plain worker and in the grading sandbox.
/// </summary>
[NonParallelizable]
public sealed class OtherProcessInWorkerTests
{
    private const string Tests = """
        using MlKata.Testing;
        using NUnit.Framework;

        namespace Tiny.Tests;

        public sealed class AdderTests
        {
            [Test, Task(1), Points(1)]
            public void Adds_in_another_process() => Assert.That(OtherProcess.Invoke(SumOfTwoAndThree), Is.EqualTo("5"));

            [Test, Task(1), Points(1)]
            public void The_other_process_sees_the_same_grading_seed() => Assert.That(OtherProcess.Invoke(Seed), Is.EqualTo(Seed()));

            private static string SumOfTwoAndThree() => Tiny.Adder.Add(2, 3).ToString();

            private static string Seed() => SeededData.GradingSeed?.ToString() ?? "none";
        }
        """;

    private TempKata _folder = null!;
    private Kata _kata = null!;

    [SetUp]
    public void CreateKata()
    {
        _folder = TempKata.CreateValid();
        _folder.Write("tests/AdderTests.cs", Tests);
        _kata = KataCatalog.Load(_folder.Directory);
    }

    [TearDown]
    public void DeleteKata() => _folder.Dispose();

    [Test]
    public void The_child_runs_the_submitted_code_with_the_grading_seed()
    {
        using var checker = new WorkerChecker(new WorkerOptions { Seed = 7 });

        var reference = checker.Check(_kata, _kata.ReadReference().LearnerFiles, "reference");
        var subtracts = checker.Check(_kata, [new SourceFile("Adder.cs", "namespace Tiny; public static class Adder { public static int Add(int a, int b) => a - b; }")], "subtracts");

        Assert.Multiple(() =>
        {
            Assert.That(reference.Status, Is.EqualTo(KataStatus.Passed), string.Join(Environment.NewLine, reference.Tests.Select(t => $"{t.Name}: {t.Message}")));
            Assert.That(subtracts.Tests.Single(t => t.Name == "AdderTests.Adds_in_another_process").Message, Does.Contain("\"-1\""), "the child ran the submission, not the reference");
        });
    }

    [Test]
    public void The_child_runs_inside_the_grading_sandbox()
    {
        Assume.That(Bubblewrap.Unavailable, Is.Null, "bubblewrap is installed by ./test.sh on Linux");
        using var checker = new WorkerChecker(new WorkerOptions { Seed = 7, FreshWorkerPerJob = true, SandboxHiding = [_folder.Parent] });

        var result = checker.Check(_kata, _kata.ReadReference().LearnerFiles, "reference");

        Assert.That(result.Status, Is.EqualTo(KataStatus.Passed), string.Join(Environment.NewLine, result.Tests.Select(t => $"{t.Name}: {t.Message}")));
    }
}
