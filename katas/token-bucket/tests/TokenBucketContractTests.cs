using MlKata.Testing;
using NUnit.Framework;

namespace Katas.TokenBucket.Tests;

/// <summary>Task 1: the bucket's contract while its clock stands still.</summary>
public sealed class TokenBucketContractTests
{
    [Test, Task(1), Points(1)]
    public void Constructor_rejects_a_capacity_that_is_not_positive()
    {
        var clock = new ManualClock();

        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(0, 1, clock), "capacity 0");
            Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(-3, 1, clock), "capacity -3");
        });
    }

    [Test, Task(1), Points(1)]
    public void Constructor_rejects_a_refill_rate_that_is_not_a_positive_finite_number()
    {
        var clock = new ManualClock();

        Assert.Multiple(() =>
        {
            foreach (var rate in new[] { 0, -0.5, double.NaN, double.PositiveInfinity })
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(5, rate, clock), $"refill rate {rate}");
            }
        });
    }

    [Test, Task(1), Points(1)]
    public void Constructor_rejects_a_null_time_provider()
    {
        Assert.Throws<ArgumentNullException>(() => new TokenBucket(5, 1, null!));
    }

    [Test, Task(1), Points(1)]
    public void A_new_bucket_is_full_and_reports_its_settings()
    {
        var bucket = new TokenBucket(6, 1.5, new ManualClock());

        Assert.Multiple(() =>
        {
            Assert.That(bucket.Capacity, Is.EqualTo(6), "Capacity");
            Assert.That(bucket.RefillPerSecond, Is.EqualTo(1.5), "RefillPerSecond");
            Assert.That(bucket.TryAcquire(6), Is.True, "a new bucket holds its whole capacity");
            Assert.That(bucket.TryAcquire(), Is.False, "and not a token more");
        });
    }

    [Test, Task(1), Points(1)]
    public void TryAcquire_takes_one_token_by_default()
    {
        var bucket = new TokenBucket(3, 1, new ManualClock());
        var granted = Enumerable.Range(0, 4).Select(_ => bucket.TryAcquire()).ToList();

        Assert.That(granted, Is.EqualTo(new[] { true, true, true, false }));
    }

    [Test, Task(1), Points(2)]
    public void TryAcquire_grants_a_request_exactly_when_enough_tokens_are_left()
    {
        const int capacity = 50;
        var bucket = new TokenBucket(capacity, 1, new ManualClock());
        var random = SeededData.Random(41);
        var left = capacity;

        // The clock stands still: no refill, so the bucket is a counter that must never go below zero.
        for (var request = 0; request < 40; request++)
        {
            var tokens = random.Next(1, 11);
            var expected = tokens <= left;
            Assert.That(bucket.TryAcquire(tokens), Is.EqualTo(expected), $"request #{request} for {tokens} with {left} left");
            if (expected)
            {
                left -= tokens;
            }
        }
    }

    [Test, Task(1), Points(1)]
    public void A_refused_request_takes_nothing()
    {
        var bucket = new TokenBucket(5, 1, new ManualClock());
        bucket.TryAcquire(3);

        Assert.Multiple(() =>
        {
            Assert.That(bucket.TryAcquire(3), Is.False, "3 asked, 2 left");
            Assert.That(bucket.TryAcquire(2), Is.True, "the refused request left the 2 tokens in place");
        });
    }

    [Test, Task(1), Points(1)]
    public void TryAcquire_rejects_a_count_that_is_not_positive()
    {
        var bucket = new TokenBucket(5, 1, new ManualClock());

        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => bucket.TryAcquire(0), "0 tokens");
            Assert.Throws<ArgumentOutOfRangeException>(() => bucket.TryAcquire(-2), "-2 tokens");
        });
        Assert.That(bucket.TryAcquire(5), Is.True, "a rejected request takes nothing");
    }

    [Test, Task(1), Points(1)]
    public void TryAcquire_rejects_more_tokens_than_the_bucket_can_ever_hold()
    {
        var bucket = new TokenBucket(5, 1, new ManualClock());

        Assert.Throws<ArgumentOutOfRangeException>(() => bucket.TryAcquire(6), "a request no wait could ever grant is a caller's bug, not a refusal");
        Assert.That(bucket.TryAcquire(5), Is.True, "a rejected request takes nothing");
    }

    [Test, Task(1), Points(1)]
    public void TryAcquire_allocates_nothing()
    {
        var clock = new ManualClock();
        var bucket = new TokenBucket(1_000, 1_000, clock);

        Allocations.AssertAtMostPerCall(
            () =>
            {
                clock.Advance(TimeSpan.FromMilliseconds(1));
                bucket.TryAcquire();
            },
            bytesPerCall: 0,
            what: "Advance + TryAcquire",
            calls: 10_000);
    }
}
