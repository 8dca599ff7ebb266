using System.Diagnostics;
using System.Runtime.ExceptionServices;
using NUnit.Framework;

namespace Katas.BoundedBlockingQueue.Tests;

/// <summary>
/// One call of the queue on a thread of its own, so that a test can see it block, make the
/// next move, and then see what the call returned or threw. Every exception is caught: none
/// may escape on the worker's thread, where it would end the test process.
/// </summary>
internal abstract class Worker
{
    /// <summary>
    /// How long a call that should finish may take. Generous, since it only bounds a failure:
    /// a correct queue finishes in milliseconds, a deadlocked one never would.
    /// </summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    private readonly Thread _thread;

    protected Worker(string name)
    {
        Name = name;
        _thread = new Thread(Run) { IsBackground = true, Name = name };
    }

    /// <summary>Names the worker in failure messages.</summary>
    public string Name { get; }

    /// <summary>Whether the call has returned or thrown.</summary>
    public bool HasFinished => !_thread.IsAlive;

    /// <summary>The exception the call ended with, or null while it runs or when it returned.</summary>
    protected Exception? Thrown { get; private set; }

    public static Worker<TResult> Start<TResult>(string name, Func<TResult> call) => Started(new Worker<TResult>(name, call));

    public static Worker<bool> Start(string name, Action call) => Start(name, () =>
    {
        call();
        return true;
    });

    /// <summary>Waits until one of <paramref name="workers"/> has finished; fails the test if none does by the deadline.</summary>
    public static void WaitForAny(params Worker[] workers)
    {
        var clock = Stopwatch.StartNew();
        while (!workers.Any(w => w.HasFinished))
        {
            if (clock.Elapsed > Deadline)
            {
                Assert.Fail($"none of {string.Join(", ", workers.Select(w => w.Name))} finished within {Deadline.TotalSeconds} s");
            }

            Thread.Sleep(1);
        }
    }

    /// <summary>
    /// Fails the test, saying what each worker did, when any of <paramref name="workers"/> is
    /// still blocked after the deadline: <paramref name="diagnosis"/> says why that would be.
    /// </summary>
    public static void AssertAllFinish(string diagnosis, params Worker[] workers) => AssertAllFinishWithin(Deadline, diagnosis, workers);

    /// <inheritdoc cref="AssertAllFinish"/>
    public static void AssertAllFinishWithin(TimeSpan deadline, string diagnosis, params Worker[] workers)
    {
        var clock = Stopwatch.StartNew();
        foreach (var worker in workers)
        {
            var left = deadline - clock.Elapsed;
            if (!worker._thread.Join(left > TimeSpan.Zero ? left : TimeSpan.Zero))
            {
                var outcomes = string.Join("; ", workers.Select(w => $"{w.Name} {w.Outcome()}"));
                Assert.Fail($"still blocked after {deadline.TotalSeconds} s ({outcomes}): {diagnosis}");
            }
        }
    }

    /// <summary>
    /// Returns once the thread is blocked (WaitSleepJoin: parked in Monitor.Wait, a semaphore
    /// or an event), so that the test knows it waits before making the next move. A call that
    /// finishes instead, or spins without ever blocking, fails the test.
    /// </summary>
    public void WaitUntilBlocked()
    {
        var clock = Stopwatch.StartNew();
        while ((_thread.ThreadState & System.Threading.ThreadState.WaitSleepJoin) == 0)
        {
            if (HasFinished)
            {
                RethrowError();
                Assert.Fail($"{Name} {Outcome()} at once; it should have blocked");
            }

            if (clock.Elapsed > Deadline)
            {
                Assert.Fail($"{Name} never blocked within {Deadline.TotalSeconds} s: a waiting thread must block, not spin");
            }

            Thread.Sleep(1);
        }
    }

    /// <summary>The exception the call ended with, or null when it returned; fails the test if it is still blocked after the deadline.</summary>
    public Exception? Error()
    {
        AssertFinishes();
        return Thrown;
    }

    /// <summary>How the call ended, for a failure message.</summary>
    public abstract string Outcome();

    protected abstract void Call();

    protected void AssertFinishes() => AssertAllFinish("it should have finished by now", this);

    protected void RethrowError()
    {
        if (Thrown is not null)
        {
            ExceptionDispatchInfo.Capture(Thrown).Throw();
        }
    }

    private static TWorker Started<TWorker>(TWorker worker)
        where TWorker : Worker
    {
        worker._thread.Start();
        return worker;
    }

    private void Run()
    {
        try
        {
            Call();
        }
        catch (Exception e)
        {
            Thrown = e;
        }
    }
}

/// <summary>A <see cref="Worker"/> whose call returns a <typeparamref name="TResult"/>.</summary>
internal sealed class Worker<TResult>(string name, Func<TResult> call) : Worker(name)
{
    private TResult? _result;

    /// <summary>What the call returned; fails the test if it is still blocked after the deadline, and rethrows what it threw.</summary>
    public TResult Result()
    {
        AssertFinishes();
        RethrowError();
        return _result!;
    }

    public override string Outcome() =>
        !HasFinished ? "is still blocked" : Thrown is null ? $"returned {_result}" : $"threw {Thrown.GetType().Name}: {Thrown.Message}";

    protected override void Call() => _result = call();
}
