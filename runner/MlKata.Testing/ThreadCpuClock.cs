using System.Diagnostics;
using System.Runtime.InteropServices;

namespace MlKata.Testing;

/// <summary>
/// The CPU time the calling thread has used, where the platform can tell (Linux and macOS);
/// elsewhere, the wall clock. Unlike the wall clock, CPU time does not grow while the thread
/// waits for a core, so a ratio of two measurements holds on a machine busy with other work:
/// with twenty processes on two cores, a batch that fits in one time slice and one that does
/// not would otherwise differ by the length of the queue, not by their cost.
/// </summary>
internal static class ThreadCpuClock
{
    private const int LinuxThreadCpuClock = 3;   // CLOCK_THREAD_CPUTIME_ID in <time.h>
    private const int MacOSThreadCpuClock = 16;  // CLOCK_THREAD_CPUTIME_ID in <time.h>

    private static readonly int? ClockId = ProbeClock();

    /// <summary>Whether readings are the thread's CPU time rather than the wall clock.</summary>
    public static bool MeasuresCpuTime => ClockId is not null;

    /// <summary>A reading in seconds; only differences between two readings on one thread mean anything.</summary>
    public static double Now()
    {
        if (ClockId is { } clock && NativeMethods.clock_gettime(clock, out var time) == 0)
        {
            return time.Seconds + (time.Nanoseconds * 1e-9);
        }

        return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
    }

    private static int? ProbeClock()
    {
        var clock = OperatingSystem.IsLinux() ? LinuxThreadCpuClock : OperatingSystem.IsMacOS() ? MacOSThreadCpuClock : (int?)null;
        try
        {
            return clock is { } id && Environment.Is64BitProcess && NativeMethods.clock_gettime(id, out _) == 0 ? clock : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "clock_gettime")]
        public static extern int clock_gettime(int clockId, out TimeSpec time);
    }
}
