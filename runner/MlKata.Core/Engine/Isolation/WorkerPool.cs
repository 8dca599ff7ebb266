using System.Collections.Concurrent;
using MlKata.Core.Catalog;

namespace MlKata.Core.Engine.Isolation;

/// <summary>
/// Several warm workers, each taking one job at a time: checks from several threads run side
/// by side, one per worker, and a thread waits only while every worker is busy. For an
/// author's or a test suite's many variants; a learner's own check needs one worker.
/// </summary>
public sealed class WorkerPool : IKataChecker, IDisposable
{
    private readonly ConcurrentBag<WorkerChecker> _idle = [];
    private readonly List<WorkerChecker> _all;
    private readonly SemaphoreSlim _available;

    /// <summary>Creates a pool of <paramref name="size"/> workers (each started on its first job).</summary>
    public WorkerPool(int size, WorkerOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _all = Enumerable.Range(0, size).Select(_ => new WorkerChecker(options)).ToList();
        foreach (var worker in _all)
        {
            _idle.Add(worker);
        }

        _available = new SemaphoreSlim(size, size);
    }

    /// <inheritdoc />
    public KataResult Check(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName)
    {
        _available.Wait();
        _idle.TryTake(out var worker);
        try
        {
            return worker!.Check(kata, learnerFiles, runName);
        }
        finally
        {
            _idle.Add(worker!);
            _available.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var worker in _all)
        {
            worker.Dispose();
        }

        _available.Dispose();
    }
}
