using NUnit.Framework;

namespace MlKata.Testing;

/// <summary>
/// Allocation counts: deterministic where timings are not. A call that allocates nothing
/// after warm-up allocates nothing on every machine.
/// </summary>
public static class Allocations
{
    /// <summary>Bytes allocated on this thread per call of <paramref name="call"/>, after a warm-up.</summary>
    public static double PerCall(Action call, int calls = 1_000)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentOutOfRangeException.ThrowIfLessThan(calls, 1);
        for (var i = 0; i < Math.Min(calls, 100); i++)
        {
            call(); // tiered JIT and lazy statics allocate on first calls; keep that out of the count
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            call();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)calls;
    }

    /// <summary>Asserts that a call allocates at most <paramref name="bytesPerCall"/> bytes on average.</summary>
    public static void AssertAtMostPerCall(Action call, double bytesPerCall, string what = "call", int calls = 1_000)
    {
        var measured = PerCall(call, calls);
        if (measured > bytesPerCall)
        {
            Assert.Fail($"{what} allocates {measured:0.#} bytes per call; at most {bytesPerCall:0.#} expected (O(1) memory means no new arrays or lists per call).");
        }
    }
}
