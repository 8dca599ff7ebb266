// Breaks MLK012: the refill is measured between two readings of the wall clock, which jumps
// when the system clock is set, and which no test can move forward.
using System;

namespace RuleExamples;

public sealed class WallClockTokenBucket(double capacity, double perSecond)
{
    private double _tokens = capacity;
    private DateTime _lastRefill = DateTime.UtcNow;

    public bool TryAcquire()
    {
        var now = DateTime.UtcNow;
        _tokens = Math.Min(capacity, _tokens + (now - _lastRefill).TotalSeconds * perSecond);
        _lastRefill = now;
        if (_tokens < 1)
        {
            return false;
        }

        _tokens--;
        return true;
    }
}
