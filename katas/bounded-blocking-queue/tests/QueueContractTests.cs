using System.Runtime.CompilerServices;
using MlKata.Testing;
using NUnit.Framework;

namespace Katas.BoundedBlockingQueue.Tests;

/// <summary>Task 1: a bounded first-in, first-out queue, seen from one thread.</summary>
public sealed class QueueContractTests
{
    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(int.MinValue)]
    [Task(1), Points(1)]
    public void Constructor_rejects_a_capacity_that_is_not_positive(int capacity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedBlockingQueue<int>(capacity));
    }

    [Test, Task(1), Points(1)]
    public void A_new_queue_is_empty_and_reports_its_capacity()
    {
        var queue = new BoundedBlockingQueue<string>(7);

        Assert.Multiple(() =>
        {
            Assert.That(queue.Capacity, Is.EqualTo(7), "Capacity");
            Assert.That(queue.Count, Is.Zero, "Count");
        });
    }

    [Test, Task(1), Points(2)]
    public void Items_come_out_in_the_order_they_went_in_as_the_queue_wraps_around()
    {
        const int capacity = 3;
        var queue = new BoundedBlockingQueue<int>(capacity);
        var expected = new Queue<int>();
        var items = SeededItems.Distinct(200, seed: 5);
        var coin = SeededData.Random(6);
        var next = 0;

        // A seeded mix of adds and takes, never past full or empty, so that the front and the
        // back go round the ring many times at different distances from each other.
        while (next < items.Length || expected.Count > 0)
        {
            var add = next < items.Length && expected.Count < capacity && (expected.Count == 0 || coin.Next(2) == 0);
            if (add)
            {
                queue.Enqueue(items[next]);
                expected.Enqueue(items[next++]);
            }
            else
            {
                Assert.That(queue.Dequeue(), Is.EqualTo(expected.Dequeue()), $"the oldest item, after {next} added");
            }

            Assert.That(queue.Count, Is.EqualTo(expected.Count), $"Count after {next} added");
        }
    }

    [Test, Task(1), Points(1)]
    public void Count_rises_to_the_capacity_and_falls_back_to_zero()
    {
        var queue = new BoundedBlockingQueue<int>(4);
        var counts = new List<int>();
        foreach (var item in SeededItems.Distinct(4, seed: 7))
        {
            queue.Enqueue(item);
            counts.Add(queue.Count);
        }

        for (var i = 0; i < 4; i++)
        {
            queue.Dequeue();
            counts.Add(queue.Count);
        }

        Assert.That(counts, Is.EqualTo(new[] { 1, 2, 3, 4, 3, 2, 1, 0 }));
    }

    [Test, Task(1), Points(1)]
    public void TryDequeue_with_no_timeout_answers_at_once()
    {
        var queue = new BoundedBlockingQueue<int>(2);
        var item = SeededItems.Distinct(1, seed: 8)[0];

        Assert.That(queue.TryDequeue(out _, TimeSpan.Zero), Is.False, "an empty queue has nothing to give");

        queue.Enqueue(item);
        var taken = queue.TryDequeue(out var value, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(taken, Is.True, "an item is waiting");
            Assert.That(value, Is.EqualTo(item));
            Assert.That(queue.Count, Is.Zero, "Count after the item was taken");
        });
    }

    [Test, Task(1), Points(1)]
    public void TryDequeue_rejects_a_negative_timeout()
    {
        var queue = new BoundedBlockingQueue<int>(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => queue.TryDequeue(out _, TimeSpan.FromSeconds(-1)));
    }

    [Test, Task(1), Points(1)]
    public void A_taken_item_is_not_kept_alive_by_the_queue()
    {
        var queue = new BoundedBlockingQueue<byte[]>(2);

        var taken = PassThrough(queue);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.That(taken.IsAlive, Is.False, "the queue still references a batch it handed out: clear the slot it came from");
    }

    // In a method of its own, so that no local of the test keeps the batch alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference PassThrough(BoundedBlockingQueue<byte[]> queue)
    {
        var batch = new byte[1024];
        queue.Enqueue(batch);
        return new WeakReference(queue.Dequeue());
    }
}
