using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Engine.Isolation;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// Learner code that hangs, crashes or eats memory ends only the worker; the host reports what
/// happened, keeps what was known, and the next job gets a fresh worker. A crash in a test fails
/// that test, and a fresh worker runs the rest of the job.
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
    public void A_stack_overflow_fails_the_test_that_caused_it()
    {
        var result = Check("public static int Add(int a, int b) => a < 0 ? Add(a, b) + 1 : a + b;");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.Failed), result.Message);
            Assert.That(result.Message, Does.Contain("stack overflow").And.Contain("Adds_negatives"));
            Assert.That(result.Tests.Single(t => t.Name == "AdderTests.Adds").Verdict, Is.EqualTo(TestVerdict.Passed), "what finished before the crash is kept");
            Assert.That(result.Tests.Single(t => t.Name == "AdderTests.Adds_negatives").Message, Does.Contain("crashed with a stack overflow"));
        });
    }

    [Test]
    public void After_a_stack_overflow_a_fresh_worker_runs_the_tests_left()
    {
        var kata = WithTests(
            """
            [Test, Task(1), Points(1)] public void Adds() => Assert.That(Tiny.Adder.Add(2, 3), Is.EqualTo(5));
            [Test, Task(1), Points(1)] public void Adds_negatives() => Assert.That(Tiny.Adder.Add(-2, -3), Is.EqualTo(-5));
            [Test, Task(2), Points(2)] public void Adds_zero() => Assert.That(Tiny.Adder.Add(0, 7), Is.EqualTo(7));
            """);

        var result = Check(kata, "public static int Add(int a, int b) => a < 0 ? Add(a, b) + 1 : a + b;");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.Failed), result.Message);
            Assert.That(Verdicts(result), Is.EqualTo(new[] { "AdderTests.Adds: Passed", "AdderTests.Adds_negatives: Failed", "AdderTests.Adds_zero: Passed" }), "each test once");
            Assert.That(result.Tests.Single(t => t.Name == "AdderTests.Adds_negatives").Message, Does.Contain("crashed with a stack overflow"));
            Assert.That(result.Tests.Single(t => t.Name == "AdderTests.Adds_negatives").Points, Is.EqualTo(1), "the crashed test keeps its points");
            Assert.That(result.PointsEarned, Is.EqualTo(3), "the test after the crash still earns its points");
        });
    }

    [Test]
    public void A_job_stops_resuming_after_three_crashes_and_names_the_tests_never_run()
    {
        var kata = WithTests(string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"[Test, Task(1), Points(1)] public void Overflows_{i}() => Assert.That(Tiny.Adder.Add(-{i}, 0), Is.EqualTo(0));\n")));

        var result = Check(kata, "public static int Add(int a, int b) => a < 0 ? Add(a, b) + 1 : a + b;");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.Crashed), result.Message);
            Assert.That(result.Message, Does.Contain("crashed 3 times"));
            Assert.That(result.Tests.Select(t => t.Name), Is.EqualTo(Enumerable.Range(1, 5).Select(i => $"AdderTests.Overflows_{i}")), "each test once, in order");
            Assert.That(result.Tests.Take(3).Select(t => t.Message), Has.All.Contains("crashed with a stack overflow"));
            Assert.That(result.Tests.Skip(3).Select(t => t.Message), Has.All.EqualTo("not run: the worker crashed 3 times"));
        });
    }

    [Test]
    public void The_time_limit_covers_every_worker_of_a_job_together()
    {
        // Each test takes 3 s of the kata's 5 s, then overflows: the first crash leaves too little
        // time for the second test to finish, however fast the fresh worker starts. (The 2 s
        // left over give the first worker time to die before its own limit.)
        var kata = WithTests(
            string.Concat(Enumerable.Range(1, 3).Select(i =>
                $"[Test, Task(1), Points(1)] public void Slow_then_overflows_{i}() => Assert.That(Tiny.Adder.Add(-{i}, 0), Is.EqualTo(0));\n")),
            timeLimitSeconds: 5);

        var result = Check(kata, "public static int Add(int a, int b) { System.Threading.Thread.Sleep(3_000); return Overflow(a); } static int Overflow(int a) => Overflow(a) + 1;");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.TimedOut), result.Message);
            Assert.That(Verdicts(result), Is.EqualTo(new[]
            {
                "AdderTests.Slow_then_overflows_1: Failed",
                "AdderTests.Slow_then_overflows_2: TimedOut",
                "AdderTests.Slow_then_overflows_3: TimedOut",
            }));
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

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(KataStatus.Failed), result.Message);
            Assert.That(result.Message, Does.Contain("InvalidOperationException"));
            Assert.That(result.Tests.Select(t => t.Message), Has.All.Contains("crashed").And.All.Contains("InvalidOperationException"), "each test crashed a worker of its own");
        });
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

    private KataResult Check(string member) => Check(_kata, member);

    private KataResult Check(Kata kata, string member) =>
        _checker.Check(kata, [new SourceFile("Adder.cs", $"namespace Tiny; public static class Adder {{ {member} }}")], "hostile");

    // The tiny kata with these test methods in place of its own, worth what they add up to.
    private Kata WithTests(string methods, int timeLimitSeconds = 2)
    {
        var points = System.Text.RegularExpressions.Regex.Matches(methods, @"Points\((\d+)\)").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        _folder.Write("kata.json", TempKata.ValidManifest
            .Replace("\"timeLimitSeconds\": 5", $"\"timeLimitSeconds\": {timeLimitSeconds}", StringComparison.Ordinal)
            .Replace("\"points\": 2", $"\"points\": {points}", StringComparison.Ordinal));
        _folder.Write("tests/AdderTests.cs", $$"""
            using MlKata.Testing;
            using NUnit.Framework;

            namespace Tiny.Tests;

            public sealed class AdderTests
            {
            {{methods}}
            }
            """);
        return KataCatalog.Load(_folder.Directory);
    }

    private static string[] Verdicts(KataResult result) => [.. result.Tests.Select(t => $"{t.Name}: {t.Verdict}")];
}
