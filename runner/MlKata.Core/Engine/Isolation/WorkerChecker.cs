using MlKata.Core.Catalog;

namespace MlKata.Core.Engine.Isolation;

/// <summary>
/// Checks submissions in a warm worker process, one job at a time: compiled and admitted here,
/// their tests run there. A test that never returns is cut off at the kata's time limit; a crash
/// (a stack overflow, an unhandled exception on another thread) or the memory cap ends the
/// worker. Each is reported with what was known (the tests that finished, the one running), and
/// a fresh worker takes the next job. The host never runs learner code and always returns a result.
/// </summary>
public sealed class WorkerChecker : IKataChecker, IDisposable
{
    /// <summary>The worker's file name, copied beside every program that references MlKata.Worker.</summary>
    public const string WorkerFileName = "mlkata-worker.dll";

    // Starting and loading take a moment in a cold worker; the kata's limit is for its tests.
    private static readonly TimeSpan StartupAllowance = TimeSpan.FromSeconds(30);

    private readonly string _workerPath;
    private readonly WorkerOptions _options;
    private readonly Lock _gate = new();
    private WorkerProcess? _worker;

    /// <summary>Creates a checker whose worker is <paramref name="workerPath"/> (default: beside this program).</summary>
    public WorkerChecker(WorkerOptions? options = null, string? workerPath = null)
    {
        _workerPath = workerPath ?? Path.Combine(AppContext.BaseDirectory, WorkerFileName);
        if (!File.Exists(_workerPath))
        {
            throw new FileNotFoundException($"The worker {_workerPath} is missing: reference MlKata.Worker from the program that checks katas.", _workerPath);
        }

        _options = options ?? new WorkerOptions();
    }

    /// <summary>The most GC heap a worker may hold.</summary>
    public int MemoryCapMiB => _options.MemoryCapMiB;

    /// <inheritdoc />
    public KataResult Check(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName)
    {
        // Compiling and admitting the submission runs no learner code: it happens here, warm.
        var (prepared, verdict) = KataEngine.Prepare(kata, learnerFiles, runName);
        if (prepared is null)
        {
            return verdict!;
        }

        lock (_gate)
        {
            var worker = _worker ??= WorkerProcess.Start(_workerPath, _options);
            var manifest = prepared.Manifest;
            var outcome = worker.Run(new WorkerRequest(prepared.Learner, prepared.Tests, manifest.TimeLimit, WorkerProtocol.NewToken()), manifest.TimeLimit + StartupAllowance);
            var result = Describe(prepared, outcome);

            // A worker that crashed, hangs on a stuck test thread, or hit the memory cap is not
            // reused; nor is any when every job must start clean.
            if (_options.FreshWorkerPerJob || outcome is not WorkerOutcome.Completed || result.Status is KataStatus.TimedOut or KataStatus.Crashed)
            {
                _worker = null;
                worker.Dispose();
            }

            return result;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _worker?.Dispose();
            _worker = null;
        }
    }

    private KataResult Describe(PreparedRun prepared, WorkerOutcome outcome) => outcome switch
    {
        WorkerOutcome.Completed { Run: var run } => OutOfMemoryAsCrash(KataEngine.Finish(prepared, run)),
        WorkerOutcome.Failed { Message: var message } => KataResult.WithoutTests(prepared.Manifest, KataStatus.InfrastructureError, message),
        WorkerOutcome.PastDeadline past => Partial(prepared.Manifest, past, KataStatus.TimedOut,
            $"timed out after {prepared.Manifest.TimeLimit.TotalSeconds:0.#} s{InTest(past.Running)}"),
        WorkerOutcome.Exited exited => Partial(prepared.Manifest, exited, KataStatus.Crashed, CrashMessage(exited)),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    // The GC's hard limit surfaces as an OutOfMemoryException in a test: the memory cap, not a bug in the test.
    private KataResult OutOfMemoryAsCrash(KataResult result) =>
        result.Tests.FirstOrDefault(t => t.Message?.Contains(nameof(OutOfMemoryException), StringComparison.Ordinal) == true) is { } test
            ? result with { Status = KataStatus.Crashed, Message = $"ran out of memory in {test.Name}: the cap is {MemoryCapMiB} MiB" }
            : result;

    private static KataResult Partial(KataManifest manifest, WorkerOutcome outcome, KataStatus status, string message)
    {
        var verdict = status == KataStatus.TimedOut ? TestVerdict.TimedOut : TestVerdict.Failed;
        IReadOnlyList<TestOutcome> tests = outcome.Running is null
            ? outcome.Finished
            : [.. outcome.Finished, new TestOutcome(outcome.Running, verdict, message, null, null, null, null)];
        return new KataResult(manifest.Id, status, message, tests, [], manifest.Points);
    }

    private static string CrashMessage(WorkerOutcome.Exited exited)
    {
        var where = InTest(exited.Running);
        if (exited.ErrorText.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            return $"crashed with a stack overflow{where}: look for unbounded recursion";
        }

        var lines = exited.ErrorText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var cause = lines.FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal)) ?? lines.FirstOrDefault();
        return $"crashed (exit code {exited.ExitCode}){where}{(cause is null ? "" : $": {cause}")}";
    }

    private static string InTest(string? running) => running is null ? "" : $" in {running}";
}
