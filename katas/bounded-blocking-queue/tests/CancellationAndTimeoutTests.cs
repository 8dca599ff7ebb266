using System.Diagnostics;
using MlKata.Testing;
using NUnit.Framework;

namespace Katas.BoundedBlockingQueue.Tests;

/// <summary>Task 3: giving up, by cancellation or by timeout, without taking or losing anything.</summary>
public sealed class CancellationAndTimeoutTests : ThreadedTestFixture
{
    // Stopwatch and the clocks a wait is timed with tick differently; a wait may end this much
    // before its timeout by the Stopwatch and still be right.
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(20);

    [Test, Task(3), Points(2)]
    public void Cancelling_a_waiting_consumer_ends_its_wait_and_takes_nothing()
    {
        var queue = new BoundedBlockingQueue<int>(2);
        var item = SeededItems.Distinct(1, seed: 31)[0];
        using var cancel = CancelledByTestEnd();
        var consumer = Worker.Start("the consumer", () => queue.Dequeue(cancel.Token));
        consumer.WaitUntilBlocked();

        cancel.Cancel();

        Assert.That(consumer.Error(), Is.InstanceOf<OperationCanceledException>(), "a cancelled Dequeue throws OperationCanceledException");
        queue.Enqueue(item);
        Assert.Multiple(() =>
        {
            Assert.That(queue.Count, Is.EqualTo(1), "an item added after the cancellation stays in the queue");
            Assert.That(queue.Dequeue(), Is.EqualTo(item));
        });
    }

    [Test, Task(3), Points(2)]
    public void Cancelling_a_waiting_producer_ends_its_wait_and_adds_nothing()
    {
        var queue = new BoundedBlockingQueue<int>(2);
        var items = SeededItems.Distinct(3, seed: 32);
        queue.Enqueue(items[0]);
        queue.Enqueue(items[1]);
        using var cancel = CancelledByTestEnd();
        var producer = Worker.Start("the producer", () => queue.Enqueue(items[2], cancel.Token));
        producer.WaitUntilBlocked();

        cancel.Cancel();

        Assert.That(producer.Error(), Is.InstanceOf<OperationCanceledException>(), "a cancelled Enqueue throws OperationCanceledException");
        Assert.Multiple(() =>
        {
            Assert.That(queue.Count, Is.EqualTo(2), "Count after the cancelled Enqueue");
            Assert.That(queue.Dequeue(), Is.EqualTo(items[0]));
            Assert.That(queue.Dequeue(), Is.EqualTo(items[1]));
            Assert.That(queue.TryDequeue(out _, TimeSpan.Zero), Is.False, "the cancelled item must not be in the queue");
        });
    }

    [Test, Task(3), Points(1)]
    public void Cancelling_one_waiting_consumer_does_not_let_another_through()
    {
        var queue = new BoundedBlockingQueue<int>(2);
        using var cancelFirst = CancelledByTestEnd();
        using var cancelSecond = CancelledByTestEnd();
        var first = Worker.Start("consumer 1", () => queue.Dequeue(cancelFirst.Token));
        first.WaitUntilBlocked();
        var second = Worker.Start("consumer 2", () => queue.Dequeue(cancelSecond.Token));
        second.WaitUntilBlocked();

        // However the queue wakes consumer 1 to see its cancellation, consumer 2 has no item
        // and no cancellation of its own: whatever it sees, it waits on until it is cancelled.
        cancelFirst.Cancel();
        Assert.That(first.Error(), Is.InstanceOf<OperationCanceledException>(), "the cancelled consumer");
        cancelSecond.Cancel();

        Assert.Multiple(() =>
        {
            Assert.That(second.Error(), Is.InstanceOf<OperationCanceledException>(), $"consumer 2 {second.Outcome()}, but nothing was ever queued");
            Assert.That(queue.Count, Is.Zero, "Count");
        });
    }

    [Test, Task(3), Points(1)]
    public void A_token_cancelled_beforehand_throws_even_when_the_call_need_not_wait()
    {
        var queue = new BoundedBlockingQueue<int>(2);
        var items = SeededItems.Distinct(2, seed: 33);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws(Is.InstanceOf<OperationCanceledException>(), () => queue.Enqueue(items[0], cancelled.Token), "Enqueue with room to spare");
        Assert.That(queue.Count, Is.Zero, "the cancelled Enqueue added nothing");

        queue.Enqueue(items[1]);
        Assert.Throws(Is.InstanceOf<OperationCanceledException>(), () => queue.Dequeue(cancelled.Token), "Dequeue with an item waiting");
        Assert.That(queue.Count, Is.EqualTo(1), "the cancelled Dequeue took nothing");
    }

    [Test, Task(3), Points(2)]
    public void TryDequeue_gives_up_after_its_timeout_when_nothing_arrives()
    {
        var queue = new BoundedBlockingQueue<int>(2);
        var timeout = TimeSpan.FromMilliseconds(200);
        var waiter = Worker.Start("TryDequeue", () =>
        {
            var clock = Stopwatch.StartNew();
            var taken = queue.TryDequeue(out var item, timeout);
            return (Taken: taken, Item: item, Waited: clock.Elapsed);
        });

        var (taken, item, waited) = waiter.Result();

        Assert.Multiple(() =>
        {
            Assert.That(taken, Is.False, "nothing was queued");
            Assert.That(item, Is.Zero, "the out value when nothing was taken is default");
            Assert.That(waited, Is.GreaterThanOrEqualTo(timeout - ClockSlack), "TryDequeue must wait out its timeout before giving up");
        });
    }

    [Test, Task(3), Points(2)]
    public void TryDequeue_returns_an_item_that_arrives_while_it_waits()
    {
        var queue = new BoundedBlockingQueue<int>(2);
        var item = SeededItems.Distinct(1, seed: 34)[0];

        // The timeout is far longer than the test's deadline: the item must wake the waiter.
        var waiter = Worker.Start("TryDequeue", () => (Taken: queue.TryDequeue(out var taken, TimeSpan.FromMinutes(1)), Item: taken));
        waiter.WaitUntilBlocked();
        queue.Enqueue(item);

        Assert.That(waiter.Result(), Is.EqualTo((true, item)), "TryDequeue takes the item it was waiting for");
        Assert.That(queue.Count, Is.Zero, "Count");
    }

    [Test, Task(3), Points(1)]
    public void TryDequeue_keeps_to_its_timeout_however_often_it_is_woken()
    {
        var queue = new BoundedBlockingQueue<int>(2);
        var waiter = Worker.Start("TryDequeue", () => queue.TryDequeue(out _, TimeSpan.FromMilliseconds(300)));
        waiter.WaitUntilBlocked();

        // Consumers that wait and are cancelled, one after another, until the waiter gives
        // up: a queue that wakes every waiter on a cancellation wakes it each time. A timeout
        // that starts again at every wake-up would never run out while they keep coming.
        var clock = Stopwatch.StartNew();
        while (!waiter.HasFinished && clock.Elapsed < Worker.Deadline)
        {
            using var cancel = CancelledByTestEnd();
            var consumer = Worker.Start("a consumer that gives up", () => queue.Dequeue(cancel.Token));
            consumer.WaitUntilBlocked();
            cancel.Cancel();
            Assert.That(consumer.Error(), Is.InstanceOf<OperationCanceledException>(), "the cancelled consumer");
        }

        Assert.That(waiter.HasFinished, Is.True, $"TryDequeue with a timeout of 300 ms was still waiting after {Worker.Deadline.TotalSeconds} s of wake-ups: its timeout must count from the call, not from the last wake-up");
        Assert.That(waiter.Result(), Is.False, "nothing was ever queued");
    }
}
