namespace Katas.TokenBucket;

/// <summary>
/// A token-bucket rate limiter: it holds up to <see cref="Capacity"/> tokens, starts full,
/// and refills continuously at <see cref="RefillPerSecond"/> tokens a second on the clock of
/// the <see cref="TimeProvider"/> it is given. Safe to share between threads.
/// </summary>
public sealed class TokenBucket
{
    /// <summary>Creates a full bucket.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="capacity"/> is zero or negative, or <paramref name="refillPerSecond"/> is not a positive, finite number.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public TokenBucket(int capacity, double refillPerSecond, TimeProvider timeProvider)
    {
        throw new NotImplementedException();
    }

    /// <summary>The most tokens the bucket holds.</summary>
    public int Capacity => throw new NotImplementedException();

    /// <summary>How many tokens flow back in per second.</summary>
    public double RefillPerSecond => throw new NotImplementedException();

    /// <summary>Takes <paramref name="tokens"/> tokens if the bucket holds that many now; otherwise takes none.</summary>
    /// <returns>Whether the tokens were taken.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="tokens"/> is zero or negative, or more than <see cref="Capacity"/>: a request the bucket could never grant.
    /// </exception>
    public bool TryAcquire(int tokens = 1)
    {
        throw new NotImplementedException();
    }
}
