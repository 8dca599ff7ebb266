using MlKata.Testing;
using NUnit.Framework;

namespace Katas.BoundedBlockingQueue.Tests;

/// <summary>
/// Task 2: waiting and waking. Each test parks threads one at a time (a thread counts as
/// parked once it is blocked), so that it knows who waits, in which order, before it makes
/// the move that wakes them.
/// </summary>
public sealed class BlockingTests : ThreadedTestFixture
{
    // Rounds of the wake-up test. Its threads park in a forced order; one race is left, which
    // no test can force from outside the queue's lock: the thread that calls twice in a row
    // must get back in before the thread it woke. It does in about 9 rounds out of 10 (the
    // woken thread has to be scheduled first), so a queue that loses wake-ups gets through
    // six rounds of both shapes about once in 10^12 runs; a correct one takes milliseconds.
    private const int WakeUpRounds = 6;

    [Test, Task(2), Points(2)]
    public void Dequeue_on_an_empty_queue_waits_until_an_item_arrives()
    {
        var queue = new BoundedBlockingQueue<int>(2);
        var item = SeededItems.Distinct(1, seed: 21)[0];
        var consumer = Worker.Start("the consumer", () => queue.Dequeue(TestEnd));
        consumer.WaitUntilBlocked();

        queue.Enqueue(item);

        Assert.Multiple(() =>
        {
            Assert.That(consumer.Result(), Is.EqualTo(item), "the waiting consumer gets the item");
            Assert.That(queue.Count, Is.Zero, "Count once the consumer has taken it");
        });
    }

    [Test, Task(2), Points(2)]
    public void Enqueue_on_a_full_queue_waits_until_a_slot_frees()
    {
        var queue = new BoundedBlockingQueue<int>(2);
        var items = SeededItems.Distinct(3, seed: 22);
        queue.Enqueue(items[0]);
        queue.Enqueue(items[1]);
        var producer = Worker.Start("the producer", () => queue.Enqueue(items[2], TestEnd));
        producer.WaitUntilBlocked();
        Assert.That(queue.Count, Is.EqualTo(2), "a full queue takes no more items");

        Assert.That(queue.Dequeue(), Is.EqualTo(items[0]));
        producer.Result();

        Assert.Multiple(() =>
        {
            Assert.That(queue.Count, Is.EqualTo(2), "Count once the producer has added its item");
            Assert.That(queue.Dequeue(), Is.EqualTo(items[1]));
            Assert.That(queue.Dequeue(), Is.EqualTo(items[2]), "the waiting producer's item comes last");
        });
    }

    [Test, Task(2), Points(3)]
    public void A_woken_consumer_that_finds_the_item_taken_waits_again()
    {
        var queue = new BoundedBlockingQueue<int>(2);
        var item = SeededItems.Distinct(1, seed: 23)[0];
        using var cancelFirst = CancelledByTestEnd();
        using var cancelSecond = CancelledByTestEnd();
        var first = Worker.Start("consumer 1", () => queue.Dequeue(cancelFirst.Token));
        first.WaitUntilBlocked();
        var second = Worker.Start("consumer 2", () => queue.Dequeue(cancelSecond.Token));
        second.WaitUntilBlocked();

        // One item for two waiting consumers: both may wake, one gets it. The other must look
        // again, find the queue empty and wait; then cancelling it must end its wait with
        // nothing taken. Had it not looked again, it has already taken from an empty queue.
        queue.Enqueue(item);
        Worker.WaitForAny(first, second);
        cancelFirst.Cancel();
        cancelSecond.Cancel();

        var consumers = new[] { first, second };
        var served = consumers.Where(c => c.Error() is null).ToList();
        var outcomes = $"consumer 1 {first.Outcome()}, consumer 2 {second.Outcome()}";
        Assert.That(served, Has.Count.EqualTo(1), $"one item, two consumers: exactly one gets it ({outcomes}); a woken waiter must check the queue again before taking");
        Assert.Multiple(() =>
        {
            Assert.That(served[0].Result(), Is.EqualTo(item), "the consumer that got an item");
            Assert.That(consumers.Single(c => c != served[0]).Error(), Is.InstanceOf<OperationCanceledException>(), $"the other consumer waits until cancelled ({outcomes})");
            Assert.That(queue.Count, Is.Zero, "Count");
        });
    }

    [Test, Task(2), Points(3)]
    public void A_woken_producer_that_finds_the_slot_taken_waits_again()
    {
        var queue = new BoundedBlockingQueue<int>(1);
        var items = SeededItems.Distinct(3, seed: 24);
        queue.Enqueue(items[0]);
        using var cancelFirst = CancelledByTestEnd();
        using var cancelSecond = CancelledByTestEnd();
        var first = Worker.Start("producer 1", () => queue.Enqueue(items[1], cancelFirst.Token));
        first.WaitUntilBlocked();
        var second = Worker.Start("producer 2", () => queue.Enqueue(items[2], cancelSecond.Token));
        second.WaitUntilBlocked();

        // One free slot for two waiting producers: the one that does not get it must wait
        // again, and cancelling it then must leave its item out of the queue.
        Assert.That(queue.Dequeue(), Is.EqualTo(items[0]));
        Worker.WaitForAny(first, second);
        cancelFirst.Cancel();
        cancelSecond.Cancel();

        var producers = new[] { first, second };
        var added = producers.Where(p => p.Error() is null).ToList();
        var outcomes = $"producer 1 {first.Outcome()}, producer 2 {second.Outcome()}";
        Assert.That(added, Has.Count.EqualTo(1), $"one free slot, two producers: exactly one fills it ({outcomes}); a woken waiter must check the queue again before adding");
        var expected = added[0] == first ? items[1] : items[2];
        Assert.Multiple(() =>
        {
            Assert.That(producers.Single(p => p != added[0]).Error(), Is.InstanceOf<OperationCanceledException>(), $"the other producer waits until cancelled ({outcomes})");
            Assert.That(queue.Count, Is.EqualTo(1), "Count: the queue holds at most its capacity");
            Assert.That(queue.TryDequeue(out var held, TimeSpan.Zero) ? held : (int?)null, Is.EqualTo(expected), "the item of the producer that got the slot");
        });
    }

    [Test, Task(2), Points(3)]
    public void Every_wake_up_reaches_a_waiter_that_can_use_it()
    {
        // Producers and consumers wait on the same queue, for opposite reasons. A wake-up
        // that goes to a waiter of the wrong kind is lost: that waiter checks, goes back to
        // sleep, and the one that could have gone on never hears of it.
        var items = SeededItems.Distinct(5 * WakeUpRounds, seed: 25);
        for (var round = 0; round < WakeUpRounds; round++)
        {
            TwoConsumersWaitWhileOneProducerAddsTwoItems(items.AsSpan(5 * round, 2).ToArray(), round);
            TwoProducersWaitWhileOneConsumerTakesTwoItems(items.AsSpan(5 * round + 2, 3).ToArray(), round);
        }
    }

    private void TwoConsumersWaitWhileOneProducerAddsTwoItems(int[] items, int round)
    {
        var queue = new BoundedBlockingQueue<int>(1);
        var first = Worker.Start("consumer 1", () => queue.Dequeue(TestEnd));
        first.WaitUntilBlocked();
        var second = Worker.Start("consumer 2", () => queue.Dequeue(TestEnd));
        second.WaitUntilBlocked();

        // The first item wakes a consumer; the second finds the slot still full before that
        // consumer has run, so the producer waits too, behind consumer 2. When consumer 1
        // takes the first item, the wake-up it sends must reach the producer. The producer
        // passes no token, so that its two calls follow each other as closely as they can.
        var producer = Worker.Start("the producer", () =>
        {
            queue.Enqueue(items[0]);
            queue.Enqueue(items[1]);
        });

        Worker.AssertAllFinish(LostWakeUp(round, "two consumers waited on an empty queue of capacity 1, then one producer added two items"), first, second, producer);
        Assert.That(new[] { first.Result(), second.Result() }, Is.EquivalentTo(items), $"round {round}: each consumer gets one of the two items");
    }

    private void TwoProducersWaitWhileOneConsumerTakesTwoItems(int[] items, int round)
    {
        var queue = new BoundedBlockingQueue<int>(1);
        queue.Enqueue(items[0]);
        var first = Worker.Start("producer 1", () => queue.Enqueue(items[1], TestEnd));
        first.WaitUntilBlocked();
        var second = Worker.Start("producer 2", () => queue.Enqueue(items[2], TestEnd));
        second.WaitUntilBlocked();

        // The mirror image: taking the first item wakes a producer; the consumer's second take
        // finds the queue still empty and waits behind producer 2, whom the woken producer's
        // wake-up must not be spent on.
        var consumer = Worker.Start("the consumer", () => (queue.Dequeue(), queue.Dequeue()));

        Worker.AssertAllFinish(LostWakeUp(round, "two producers waited on a full queue of capacity 1, then one consumer took two items"), first, second, consumer);
        var (firstTaken, secondTaken) = consumer.Result();
        Assert.Multiple(() =>
        {
            Assert.That(firstTaken, Is.EqualTo(items[0]), $"round {round}: the item that was queued first");
            Assert.That(new[] { secondTaken, queue.TryDequeue(out var left, TimeSpan.Zero) ? left : 0 }, Is.EquivalentTo(items[1..]), $"round {round}: the two producers' items, one taken, one left in the queue");
        });
    }

    private static string LostWakeUp(int round, string situation) =>
        $"round {round}: {situation}. A producer and a consumer wait on one monitor for opposite reasons, and a wake-up went " +
        "to one that could not use it (Monitor.Pulse wakes a single waiter, of either kind: PulseAll wakes them all)";
}
