using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Engine.Isolation;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// Learner code that hangs, crashes or eats memory ends only the worker; the host reports what
/// happened, keeps what was known, and the next job gets a fresh worker.
/// </summary>
[NonParallelizable]
public sealed class WorkerIsolationTests
{
    private TempKata _folder = null!;
    private Kata _kata = null!;
    private WorkerChecker _checker = null!;

    [SetUp]
    public void CreateKataAndWorker()
    {
        _folder = TempKata.CreateValid(TempKata.ValidManifest.Replace("\"timeLimitSeconds\": 5", "\"timeLimitSeconds\": 2", StringComparison.Ordinal));
        _kata = KataCatalog.Load(_folder.Directory);
        _checker = new WorkerChecker();
    }

    [TearDown]
    public void StopWorker()
    {
        _checker.Dispose();
        _folder.Dispose();
    }

    [Test]
    public void The_reference_passes_in_the_worker_as_in_process()
    {
        var result = _checker.Check(_kata, _kata.ReadReference().LearnerFiles, "reference");

        Assert.That(result.Status, Is.EqualTo(KataStatus.Passed), result.Message);
        Assert.That(result.PointsEarned, Is.EqualTo(2));
    }

    [Test]
    public void A_test_that_never_returns_times_out_and_keeps_the_finished_verdicts()
    {
        var result = Check("public static int Add(int a, int b) { while (a < 0) { } return a + b; }");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.TimedOut), result.Message);
            Assert.That(result.Message, Does.Contain("timed out after 2 s").And.Contain("Adds_negatives"));
            Assert.That(result.Tests.Single(t => t.Name == "AdderTests.Adds").Verdict, Is.EqualTo(TestVerdict.Passed));
        });
    }

    [Test]
    public void A_stack_overflow_is_reported_as_a_crash_in_the_test_that_caused_it()
    {
        var result = Check("public static int Add(int a, int b) => a < 0 ? Add(a, b) + 1 : a + b;");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.Crashed), result.Message);
            Assert.That(result.Message, Does.Contain("stack overflow").And.Contain("Adds_negatives"));
            Assert.That(result.Tests.Single(t => t.Name == "AdderTests.Adds").Verdict, Is.EqualTo(TestVerdict.Passed), "what finished before the crash is kept");
        });
    }

    [Test]
    public void Environment_Exit_is_refused_before_any_test_runs()
    {
        var result = Check("public static int Add(int a, int b) { System.Environment.Exit(0); return 0; }");

        Assert.That(result.Status, Is.EqualTo(KataStatus.Invalid), result.Message);
        Assert.That(result.Message, Does.Contain("MLK900").And.Contain("Environment.Exit"));
    }

    [Test]
    public void A_10_GB_allocation_hits_the_memory_cap()
    {
        var result = Check("public static int Add(int a, int b) { System.GC.KeepAlive(new long[1_250_000_000]); return a + b; }");

        Assert.That(result.Status, Is.EqualTo(KataStatus.Crashed), result.Message);
        Assert.That(result.Message, Does.Contain("ran out of memory").And.Contain($"{_checker.MemoryCapMiB} MiB"));
    }

    [Test]
    public void An_unhandled_exception_on_another_thread_is_reported_as_a_crash()
    {
        var result = Check("""
            public static int Add(int a, int b)
            {
                var thread = new System.Threading.Thread(() => throw new System.InvalidOperationException("background boom"));
                thread.Start();
                thread.Join();
                return a + b;
            }
            """);

        Assert.That(result.Status, Is.EqualTo(KataStatus.Crashed), result.Message);
        Assert.That(result.Message, Does.Contain("InvalidOperationException"));
    }

    [Test]
    public void After_a_crash_a_fresh_worker_takes_the_next_job()
    {
        Check("public static int Add(int a, int b) { System.Environment.Exit(3); return 0; }");

        var result = _checker.Check(_kata, _kata.ReadReference().LearnerFiles, "after-crash");

        Assert.That(result.Status, Is.EqualTo(KataStatus.Passed), result.Message);
    }

    [Test]
    public void A_compile_error_is_reported_without_running_anything()
    {
        var result = Check("public static int Add(int a, int b) => a + ;");

        Assert.That(result.Status, Is.EqualTo(KataStatus.CompileError));
        Assert.That(result.Message, Does.Contain("Adder.cs(1,"));
    }

    private KataResult Check(string member) =>
        _checker.Check(_kata, [new SourceFile("Adder.cs", $"namespace Tiny; public static class Adder {{ {member} }}")], "hostile");
}
