namespace Katas.TokenBucket;

// Alternative: lock-free, with one number for the whole state: the time at which the bucket
// will be full again, in seconds on the provider's clock. The tokens held now are what that
// time is short of, Capacity - (fullAt - now) × rate; taking n tokens pushes fullAt back by
// n / rate. Compare-and-swap publishes the new time, and a thread that lost the race reads
// again and retries, so no lock is needed and no refill is ever counted twice.

/// <summary>
/// A token-bucket rate limiter: it holds up to <see cref="Capacity"/> tokens, starts full,
/// and refills continuously at <see cref="RefillPerSecond"/> tokens a second on the clock of
/// the <see cref="TimeProvider"/> it is given. Safe to share between threads.
/// </summary>
public sealed class TokenBucket
{
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly double _secondsToFill;

    // Seconds after _origin; at or before now while the bucket is full.
    private double _fullAt;

    /// <summary>Creates a full bucket.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="capacity"/> is zero or negative, or <paramref name="refillPerSecond"/> is not a positive, finite number.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public TokenBucket(int capacity, double refillPerSecond, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        if (!double.IsFinite(refillPerSecond) || refillPerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(refillPerSecond), refillPerSecond, "The refill rate must be a positive, finite number of tokens per second.");
        }

        ArgumentNullException.ThrowIfNull(timeProvider);
        Capacity = capacity;
        RefillPerSecond = refillPerSecond;
        _time = timeProvider;
        _origin = timeProvider.GetTimestamp();
        _secondsToFill = capacity / refillPerSecond;
    }

    /// <summary>The most tokens the bucket holds.</summary>
    public int Capacity { get; }

    /// <summary>How many tokens flow back in per second.</summary>
    public double RefillPerSecond { get; }

    /// <summary>Takes <paramref name="tokens"/> tokens if the bucket holds that many now; otherwise takes none.</summary>
    /// <returns>Whether the tokens were taken.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="tokens"/> is zero or negative, or more than <see cref="Capacity"/>: a request the bucket could never grant.
    /// </exception>
    public bool TryAcquire(int tokens = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokens);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tokens, Capacity);
        var refillTime = tokens / RefillPerSecond;
        while (true)
        {
            var now = (_time.GetTimestamp() - _origin) / (double)_time.TimestampFrequency;
            var fullAt = Volatile.Read(ref _fullAt);

            // A bucket that has been full since some time ago starts its debt now, not then:
            // time spent full is not saved up.
            var fullAfterTaking = Math.Max(fullAt, now) + refillTime;
            if (fullAfterTaking - now > _secondsToFill)
            {
                return false; // fewer than `tokens` in the bucket
            }

            if (Interlocked.CompareExchange(ref _fullAt, fullAfterTaking, fullAt) == fullAt)
            {
                return true;
            }
        }
    }
}
