namespace Katas.TokenBucket;

/// <summary>
/// A token-bucket rate limiter: it holds up to <see cref="Capacity"/> tokens, starts full,
/// and refills continuously at <see cref="RefillPerSecond"/> tokens a second on the clock of
/// the <see cref="TimeProvider"/> it is given. Safe to share between threads.
/// </summary>
public sealed class TokenBucket
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    // Fractional: a refill of a tenth of a token is kept until the rest of the token arrives.
    private double _tokens;
    private long _refilledAt;

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
        _tokens = capacity;
        _refilledAt = timeProvider.GetTimestamp();
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
        lock (_gate)
        {
            Refill();
            if (_tokens < tokens)
            {
                return false;
            }

            _tokens -= tokens;
            return true;
        }
    }

    // Called with the lock held. The elapsed time is taken in the provider's own timestamp
    // units: a TimeSpan would round every interval down to 100 ns, and a bucket asked a
    // million times a second would lose part of its refill to that rounding.
    private void Refill()
    {
        var now = _time.GetTimestamp();
        var seconds = (now - _refilledAt) / (double)_time.TimestampFrequency;
        _tokens = Math.Min(Capacity, _tokens + seconds * RefillPerSecond);
        _refilledAt = now;
    }
}
