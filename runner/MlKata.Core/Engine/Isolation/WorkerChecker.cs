using MlKata.Core.Catalog;

namespace MlKata.Core.Engine.Isolation;

/// <summary>
/// Checks submissions in a warm worker process, one job at a time: compiled and admitted here,
/// their tests run there. A test that never returns is cut off at the kata's time limit; a crash
/// (a stack overflow, an unhandled exception on another thread) or the memory cap ends the
/// worker. A crash in a test fails that test, and a fresh worker runs the tests left (see
/// <see cref="WorkerJob"/>); anything else is reported with what was known, and a fresh worker
/// takes the next job. The host never runs learner code and always returns a result.
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
            var job = new WorkerJob(prepared, MemoryCapMiB);
            while (true)
            {
                var worker = _worker ??= WorkerProcess.Start(_workerPath, _options);
                var outcome = worker.Run(job.NextRequest(), job.TimeLeft + StartupAllowance);
                var result = job.After(outcome);

                // A worker that crashed, hangs on a stuck test thread, or hit the memory cap is not
                // reused; nor is any when every job must start clean.
                if (_options.FreshWorkerPerJob || outcome is not WorkerOutcome.Completed || result?.Status is KataStatus.TimedOut or KataStatus.Crashed)
                {
                    _worker = null;
                    worker.Dispose();
                }

                if (result is not null)
                {
                    return result;
                }
            }
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
}
