using MlKata.Testing;
using NUnit.Framework;

namespace Katas.TokenBucket.Tests;

/// <summary>Task 3: one bucket, many threads.</summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Test, Task(3), Points(4)]
    public void Threads_draining_a_bucket_at_once_take_exactly_its_capacity()
    {
        // The clock stands still, so nothing refills: however the threads interleave, exactly
        // `capacity` requests succeed. Checking the tokens and taking them are one step: two
        // threads that both see the last token must not both get it.
        //
        // On a busy machine the threads seldom run side by side; a race shows when a thread
        // is switched out between reading the tokens and writing them back, while another
        // takes some. A round of 200 000 requests catches an unlocked bucket about 6 times
        // in 10 on a loaded 2-core machine; 15 rounds let one through about once in 10^6
        // runs, and cost a locked bucket well under a second.
        const int capacity = 200_000;
        const int rounds = 15;
        for (var round = 0; round < rounds; round++)
        {
            var bucket = new TokenBucket(capacity, 1, new ManualClock());

            var granted = RunTogether(Threads, () =>
            {
                var taken = 0;
                while (taken <= capacity && bucket.TryAcquire()) // bounded, in case the bucket never says no
                {
                    taken++;
                }

                return taken;
            });

            Assert.That(granted.Sum(), Is.EqualTo(capacity), $"round {round}: tokens granted to {Threads} threads in all, from a bucket of {capacity} that never refills");
        }
    }

    [Test, Task(3), Points(3)]
    public void Threads_that_move_the_clock_as_they_acquire_get_each_refilled_token_once()
    {
        // Each thread moves the clock on by one token's worth of refill before each request,
        // so refills and requests interleave as finely as threads can. The bucket starts
        // drained and can hold all the refill, so it is never capped: every refilled token is
        // granted exactly once, to a thread or to the final drain. A refill counted by two
        // threads for the same stretch of time would hand out more.
        const int stepsPerThread = 25_000;
        const int refills = Threads * stepsPerThread;
        var oneToken = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 128); // 1/128 s at 128 tokens/s
        var clock = new ManualClock();
        var bucket = new TokenBucket(refills, 128, clock);
        bucket.TryAcquire(refills);

        var granted = RunTogether(Threads, () =>
        {
            var taken = 0;
            for (var step = 0; step < stepsPerThread; step++)
            {
                clock.Advance(oneToken);
                if (bucket.TryAcquire())
                {
                    taken++;
                }
            }

            return taken;
        });

        var drained = 0;
        while (drained <= refills && bucket.TryAcquire()) // bounded, in case the bucket never says no
        {
            drained++;
        }

        Assert.That(granted.Sum() + drained, Is.EqualTo(refills), $"tokens granted for {refills} refills of one token each ({drained} of them in the final drain)");
    }

    // Starts the threads together behind a barrier, so that they contend from the first call.
    private static int[] RunTogether(int threads, Func<int> work)
    {
        var results = new int[threads];
        var errors = new Exception?[threads];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(index => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                results[index] = work();
            }
            catch (Exception e)
            {
                errors[index] = e;
            }
        })
        { IsBackground = true }).ToList();

        workers.ForEach(w => w.Start());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var worker in workers)
        {
            var left = Deadline - clock.Elapsed;
            if (!worker.Join(left > TimeSpan.Zero ? left : TimeSpan.Zero))
            {
                Assert.Fail($"threads were still running after {Deadline.TotalSeconds} s");
            }
        }

        if (errors.FirstOrDefault(e => e is not null) is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        }

        return results;
    }
}
