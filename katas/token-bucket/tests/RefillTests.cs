using MlKata.Testing;
using NUnit.Framework;

namespace Katas.TokenBucket.Tests;

/// <summary>
/// Task 2: refill on the provider's clock. Rates and steps are chosen so that every expected
/// token count is exact in binary floating point.
/// </summary>
public sealed class RefillTests
{
    [Test, Task(2), Points(2)]
    public void Tokens_come_back_at_the_refill_rate_as_the_providers_clock_advances()
    {
        // A token every 4 seconds, on a clock that moves only when told: a bucket that reads
        // the machine's clock (DateTime.UtcNow, Stopwatch) sees no time pass and no refill.
        var clock = new ManualClock();
        var bucket = new TokenBucket(4, 0.25, clock);
        bucket.TryAcquire(4);

        Assert.That(bucket.TryAcquire(), Is.False, "drained, and no time has passed");

        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Multiple(() =>
        {
            Assert.That(bucket.TryAcquire(), Is.True, "4 s at 0.25 tokens/s refill one token");
            Assert.That(bucket.TryAcquire(), Is.False, "and only one: a refill is counted once");
        });

        clock.Advance(TimeSpan.FromSeconds(8));
        Assert.Multiple(() =>
        {
            Assert.That(bucket.TryAcquire(2), Is.True, "8 s more refill two tokens");
            Assert.That(bucket.TryAcquire(), Is.False, "and only two");
        });
    }

    [Test, Task(2), Points(3)]
    public void Refill_is_continuous_so_fractions_of_a_token_add_up()
    {
        // 4 tokens/s, asked every 125 ms: half a token per step. A bucket that counts whole
        // seconds, or whole tokens, and forgets the rest never refills at all.
        var clock = new ManualClock();
        var bucket = new TokenBucket(4, 4, clock);
        bucket.TryAcquire(4);

        var granted = new List<bool>();
        for (var step = 0; step < 8; step++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(125));
            granted.Add(bucket.TryAcquire());
        }

        Assert.That(granted, Is.EqualTo(new[] { false, true, false, true, false, true, false, true }), "half a token per step: a token every second step");
    }

    [Test, Task(2), Points(2)]
    public void An_idle_bucket_refills_only_up_to_its_capacity()
    {
        var clock = new ManualClock();
        var bucket = new TokenBucket(3, 0.25, clock);
        bucket.TryAcquire(3);

        clock.Advance(TimeSpan.FromHours(1)); // worth 900 tokens, but the bucket holds 3

        Assert.Multiple(() =>
        {
            Assert.That(bucket.TryAcquire(3), Is.True, "a full bucket after an idle hour");
            Assert.That(bucket.TryAcquire(), Is.False, "holds no more than its capacity");
        });
    }

    [Test, Task(2), Points(1)]
    public void Time_spent_full_is_not_saved_up()
    {
        // Full for a minute, then drained: the next token is 4 s away, not already earned.
        var clock = new ManualClock();
        var bucket = new TokenBucket(2, 0.25, clock);
        clock.Advance(TimeSpan.FromMinutes(1));
        bucket.TryAcquire(2);

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That(bucket.TryAcquire(), Is.False, "2 s after draining: half a token");
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That(bucket.TryAcquire(), Is.True, "4 s after draining: one token");
    }

    [Test, Task(2), Points(3)]
    public void Matches_an_exact_model_over_a_long_seeded_run()
    {
        // The model counts in ten-thousandths of a token, in integers: at 2.5 tokens/s a
        // millisecond refills exactly 25 of them. Only a request that asks for exactly what
        // the model holds could round either way; there the bucket's answer is taken as given.
        const int capacity = 20;
        const long unitsPerToken = 10_000;
        const long unitsPerMillisecond = 25;
        var clock = new ManualClock();
        var bucket = new TokenBucket(capacity, 2.5, clock);
        var random = SeededData.Random(42);
        var units = capacity * unitsPerToken;

        for (var request = 0; request < 2_000; request++)
        {
            var milliseconds = random.Next(0, 1_500);
            clock.Advance(TimeSpan.FromMilliseconds(milliseconds));
            units = Math.Min(capacity * unitsPerToken, units + milliseconds * unitsPerMillisecond);

            var tokens = random.Next(1, 6);
            var asked = tokens * unitsPerToken;
            var granted = bucket.TryAcquire(tokens);
            if (units != asked)
            {
                Assert.That(granted, Is.EqualTo(units > asked), $"request #{request} for {tokens} with {units / (double)unitsPerToken} tokens in the bucket");
            }

            if (granted)
            {
                units -= asked;
            }
        }
    }
}
