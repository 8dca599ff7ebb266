using MlKata.Testing;
using NUnit.Framework;

namespace Katas.BoundedBlockingQueue.Tests;

/// <summary>Task 4: many producers and consumers at once, with cancellations and timeouts in the mix.</summary>
public sealed class StressTests
{
    private const int Producers = 8;
    private const int Consumers = 8;
    private const int ItemsPerProducer = 500;
    private const int Capacity = 4;
    private const int TotalItems = Producers * ItemsPerProducer;

    // Far more than the run needs (well under a second on a busy machine): it only bounds a deadlock.
    private static readonly TimeSpan StressDeadline = TimeSpan.FromSeconds(30);

    [Test, Task(4), Points(4)]
    public void Eight_producers_and_eight_consumers_pass_every_item_exactly_once()
    {
        var queue = new BoundedBlockingQueue<int>(Capacity);
        using var start = new Barrier(Producers + Consumers);
        using var stop = new CancellationTokenSource();

        // Producer p sends the items p * ItemsPerProducer + i. Half of the producers and half
        // of the consumers give up on calls at random moments (a token cancelled after 0–2 ms,
        // or a TryDequeue timeout of 1 ms) and try again: a call that gives up must add or take
        // nothing, or an item goes missing or arrives twice.
        var producers = Enumerable.Range(0, Producers).Select(p => Worker.Start($"producer {p}", () =>
        {
            var random = SeededData.Random(100 + p);
            start.SignalAndWait(stop.Token);
            for (var i = 0; i < ItemsPerProducer; i++)
            {
                var item = p * ItemsPerProducer + i;
                if (p % 2 == 0)
                {
                    queue.Enqueue(item, stop.Token);
                }
                else
                {
                    while (!GoesThroughBeforeGivingUp(random, token => queue.Enqueue(item, token), stop.Token))
                    {
                        // It gave up: the same item again.
                    }
                }
            }
        })).ToList();

        // A consumer stops once every producer is done and the queue is empty (or below: a
        // broken queue may count below zero): nothing more can arrive then.
        var consumers = Enumerable.Range(0, Consumers).Select(c => Worker.Start($"consumer {c}", () =>
        {
            var random = SeededData.Random(200 + c);
            var taken = new List<int>();
            start.SignalAndWait(stop.Token);
            while (!stop.IsCancellationRequested)
            {
                var item = 0;
                var got = c % 2 == 0
                    ? queue.TryDequeue(out item, TimeSpan.FromMilliseconds(1))
                    : GoesThroughBeforeGivingUp(random, token => item = queue.Dequeue(token), stop.Token);
                if (got)
                {
                    taken.Add(item);
                }
                else if (producers.All(p => p.HasFinished) && queue.Count <= 0)
                {
                    break;
                }
            }

            return taken;
        })).ToList();

        var countWatcher = WatchCount(queue, stop.Token);
        try
        {
            Worker.AssertAllFinishWithin(StressDeadline, "a deadlock, or a wake-up lost", [.. producers]);
            producers.ForEach(p => p.Result());

            // Once the producers are done, the consumers have at most a full queue left to take.
            Worker.AssertAllFinish("the producers are done, yet consumers still wait: an item counted but never handed out?", [.. consumers]);
        }
        finally
        {
            stop.Cancel();
        }

        var received = consumers.SelectMany(c => c.Result()).ToList();
        var missing = Enumerable.Range(0, TotalItems).Except(received).ToList();
        var duplicated = received.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Empty, $"{missing.Count} of {TotalItems} items never arrived");
            Assert.That(duplicated, Is.Empty, $"{duplicated.Count} items arrived more than once");
            Assert.That(received, Has.Count.EqualTo(TotalItems), "items received in all");
            Assert.That(countWatcher.Result(), Is.Null, $"a Count outside 0 to the capacity, {Capacity}, while the run lasted");
            Assert.That(queue.Count, Is.Zero, "Count once every item is through");
        });
    }

    // One call with a token that cancels itself after 0–2 ms: true when the call went through,
    // false when it gave up.
    private static bool GoesThroughBeforeGivingUp(Random random, Action<CancellationToken> call, CancellationToken stop)
    {
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(stop);
        giveUp.CancelAfter(random.Next(3));
        try
        {
            call(giveUp.Token);
            return true;
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return false;
        }
    }

    // Samples Count every millisecond until stopped; the first value outside [0, Capacity], or null.
    private static Worker<int?> WatchCount(BoundedBlockingQueue<int> queue, CancellationToken stop) =>
        Worker.Start("the Count watcher", () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var count = queue.Count;
                if (count is < 0 or > Capacity)
                {
                    return count;
                }

                Thread.Sleep(1);
            }

            return (int?)null;
        });
}
