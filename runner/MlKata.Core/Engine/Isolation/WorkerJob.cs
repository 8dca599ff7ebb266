using MlKata.Core.Catalog;

namespace MlKata.Core.Engine.Isolation;

/// <summary>
/// One submission's tests, run in as many workers as learner code crashes. A crash in a test (a
/// stack overflow, an unhandled exception on another thread) fails that test with the crash's
/// cause, and a fresh worker runs the tests that neither finished nor crashed: one runaway
/// recursion costs its own test, not every test after it. After <see cref="MostCrashes"/>
/// crashes the job stops and reports the tests it never ran. The kata's time limit covers the
/// tests of every attempt together, so a job takes at most that limit plus a startup allowance
/// per worker started.
/// </summary>
internal sealed class WorkerJob(PreparedRun prepared, int memoryCapMiB)
{
    /// <summary>The most crashes a job resumes from before it gives up on the tests left.</summary>
    public const int MostCrashes = 3;

    private const string NotRunInTime = "not run: the time limit ran out earlier";

    // The outcomes of crashed attempts: the tests they finished and the test each crash failed.
    private readonly List<TestOutcome> _done = [];
    private readonly List<string> _crashes = [];
    private IReadOnlyList<TestOutcome>? _planned;
    private TimeSpan _elapsed;

    private KataManifest Manifest => prepared.Manifest;

    /// <summary>What is left of the kata's time limit once the crashed attempts' tests are counted.</summary>
    public TimeSpan TimeLeft => Manifest.TimeLimit - _elapsed;

    /// <summary>The next attempt's request: a token of its own, and the tests already done for it to skip.</summary>
    public WorkerRequest NextRequest() =>
        new(prepared.Learner, prepared.Tests, Manifest.TimeLimit, WorkerProtocol.NewToken(),
            _done.Count == 0 ? null : new RunSoFar([.. _done.Select(t => t.Name)], _elapsed));

    /// <summary>Takes in how an attempt ended: the job's result, or null when a fresh worker is to run the tests left.</summary>
    public KataResult? After(WorkerOutcome outcome)
    {
        _planned ??= outcome.Planned; // the first attempt plans every test; a resumed one only those left
        if (outcome is not WorkerOutcome.Exited { Running: { } crashed } exited)
        {
            return Describe(outcome);
        }

        var cause = Cause(exited);
        _done.AddRange(exited.Finished);
        _done.Add(Planned(crashed) with { Verdict = TestVerdict.Failed, Message = $"crashed {cause}", StackTrace = exited.ErrorText });
        _crashes.Add(cause);
        _elapsed += exited.TestTime;

        if (_planned is not null && _planned.All(t => _done.Any(d => d.Name == t.Name)))
        {
            return Finished(new TestRun(TestRunEnd.Completed, [], null));
        }

        if (TimeLeft <= TimeSpan.Zero)
        {
            return Stopped(KataStatus.TimedOut, TimedOutMessage(null), [], TestVerdict.TimedOut, NotRunInTime);
        }

        return _crashes.Count < MostCrashes
            ? null
            : Stopped(KataStatus.Crashed, $"the worker crashed {_crashes.Count} times, the last time {cause}", [], TestVerdict.Failed, $"not run: the worker crashed {_crashes.Count} times");
    }

    private KataResult Describe(WorkerOutcome outcome) => outcome switch
    {
        WorkerOutcome.Completed { Run: var run } => Finished(run),
        WorkerOutcome.Failed { Message: var message } => KataResult.WithoutTests(Manifest, KataStatus.InfrastructureError, message),
        WorkerOutcome.PastDeadline past => Stopped(KataStatus.TimedOut, TimedOutMessage(past.Running),
            [.. past.Finished, .. Running(past, TestVerdict.TimedOut, TimedOutMessage(past.Running))], TestVerdict.TimedOut, NotRunInTime),
        // Between tests, or before any started: no test to blame, and nothing to resume from.
        WorkerOutcome.Exited exited => Stopped(KataStatus.Crashed, $"crashed {Cause(exited)}", exited.Finished, TestVerdict.Failed, "not run: the worker crashed"),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    // The engine's result for tests that ran to the end, the crashed attempts' outcomes first.
    private KataResult Finished(TestRun last)
    {
        var result = OutOfMemoryAsCrash(KataEngine.Finish(prepared, last with { Tests = [.. _done, .. last.Tests] }));
        return result.Status is KataStatus.InfrastructureError
            ? result
            : result with { Message = result.Message + string.Concat(_crashes.Select(cause => $"; the worker crashed {cause}")) };
    }

    // A job that ends without a run's own result: what is known, then every planned test never
    // run, with the verdict that says why, so that each test appears once.
    private KataResult Stopped(KataStatus status, string message, IReadOnlyList<TestOutcome> last, TestVerdict notRun, string notRunMessage)
    {
        var known = new HashSet<string>([.. _done.Select(t => t.Name), .. last.Select(t => t.Name)], StringComparer.Ordinal);
        var never = (_planned ?? []).Where(t => !known.Contains(t.Name)).Select(t => t with { Verdict = notRun, Message = notRunMessage });
        return new KataResult(Manifest.Id, status, message, [.. _done, .. last, .. never], [], Manifest.Points);
    }

    private IEnumerable<TestOutcome> Running(WorkerOutcome.PastDeadline past, TestVerdict verdict, string message) =>
        past.Running is { } running ? [Planned(running) with { Verdict = verdict, Message = message }] : [];

    // The planned test of that name, for its task and points; a bare name if the plan never came.
    private TestOutcome Planned(string name) =>
        _planned?.FirstOrDefault(t => t.Name == name) ?? new TestOutcome(name, TestVerdict.Skipped, null, null, null, null, null);

    // The GC's hard limit surfaces as an OutOfMemoryException in a test: the memory cap, not a bug in the test.
    private KataResult OutOfMemoryAsCrash(KataResult result) =>
        result.Tests.FirstOrDefault(t => t.Message?.Contains(nameof(OutOfMemoryException), StringComparison.Ordinal) == true) is { } test
            ? result with { Status = KataStatus.Crashed, Message = $"ran out of memory in {test.Name}: the cap is {memoryCapMiB} MiB" }
            : result;

    private string TimedOutMessage(string? running) => $"timed out after {Manifest.TimeLimit.TotalSeconds:0.#} s{InTest(running)}";

    // What follows "crashed": how, where, and what to look for. The runtime states the cause first.
    private static string Cause(WorkerOutcome.Exited exited)
    {
        var where = InTest(exited.Running);
        if (exited.ErrorText.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            return $"with a stack overflow{where}: look for unbounded recursion";
        }

        var lines = exited.ErrorText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var cause = lines.FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal)) ?? lines.FirstOrDefault();
        return $"(exit code {exited.ExitCode}){where}{(cause is null ? "" : $": {cause}")}";
    }

    private static string InTest(string? running) => running is null ? "" : $" in {running}";
}
