namespace Katas.TokenBucket.Tests;

/// <summary>
/// A <see cref="TimeProvider"/> whose clock moves only when a test advances it: no test
/// sleeps, and code that reads the machine's clock instead of the provider sees no refill.
/// Its timestamps and its UTC time move together, so a bucket may read either.
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    // Far from the real date and from timestamp 0, so that neither can stand in for the provider.
    private static readonly DateTimeOffset Epoch = new(2031, 3, 14, 15, 9, 26, TimeSpan.Zero);
    private const long FirstTimestamp = 987_654_321_000;

    private long _elapsedTicks;

    /// <summary>One timestamp unit per TimeSpan tick (100 ns).</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => FirstTimestamp + Interlocked.Read(ref _elapsedTicks);

    public override DateTimeOffset GetUtcNow() => Epoch.AddTicks(Interlocked.Read(ref _elapsedTicks));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Moves the clock forward; safe to call while other threads read it.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _elapsedTicks, by.Ticks);
    }
}
