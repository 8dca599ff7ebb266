using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace MlKata.Analyzers;

/// <summary>
/// Every MLK rule's id and descriptor, in one place. Bugs (wrong results, races) are warnings;
/// complexity hints are suggestions (Info); what a graded submission may not do is an error.
/// Each rule's page is analyzers/docs/&lt;id&gt;.md, embedded in this assembly (<see cref="RulePages"/>);
/// a rule has a help link only where the build configures one (<see cref="HelpLinks"/>).
/// </summary>
public static class Rules
{
    private const string Performance = "Performance";
    private const string Correctness = "Correctness";
    private const string Concurrency = "Concurrency";
    private const string Kernels = "Kernels";
    private const string Submission = "Submission";

    /// <summary>MLK001: a List&lt;T&gt; used as a FIFO queue.</summary>
    public static readonly DiagnosticDescriptor ListUsedAsQueue = Create(
        "MLK001",
        "List used as a FIFO queue",
        "'{0}' is used as a queue: {1} at index 0 shifts every element, so each call costs O(n); use Queue<T> or a ring buffer",
        Performance,
        DiagnosticSeverity.Warning,
        "Removing or inserting at the front of a List<T> moves every other element. A List that is appended to at the back and taken from the front is a queue with O(n) dequeue.");

    /// <summary>MLK002: a window aggregate recomputed on every call.</summary>
    public static readonly DiagnosticDescriptor AggregateRecomputed = Create(
        "MLK002",
        "Window aggregate recomputed on every call",
        "'{0}' is re-aggregated with {1}() on every call while this type changes it elsewhere: keep a running {2} updated where the collection changes",
        Performance,
        DiagnosticSeverity.Info,
        "A LINQ aggregate over a collection the type keeps updating costs O(n) per call. A running value, updated in O(1) where elements are added and removed, answers in O(1).");

    /// <summary>MLK003: a bias member that the forward pass never reads.</summary>
    public static readonly DiagnosticDescriptor BiasNeverUsed = Create(
        "MLK003",
        "Bias term never used",
        "'{0}' reads the weights '{1}' but never the bias '{2}': the output should be Wx + b",
        Correctness,
        DiagnosticSeverity.Warning,
        "A layer or model that declares a bias but leaves it out of its forward/predict computation fits only functions through the origin.");

    /// <summary>MLK004: an unsynchronised lazy singleton.</summary>
    public static readonly DiagnosticDescriptor UnsynchronisedLazyInit = Create(
        "MLK004",
        "Unsynchronised lazy singleton",
        "'{0}' is created under a null check with no lock: threads that arrive together all see null and each create it; create it under a lock or with Lazy<T>",
        Concurrency,
        DiagnosticSeverity.Warning,
        "Check-then-create is two steps. Without a lock, Interlocked or Lazy<T>, concurrent first callers each run the creation: the expensive load runs many times and callers hold different instances.");

    /// <summary>MLK005: a lock on an object no other caller can see.</summary>
    public static readonly DiagnosticDescriptor LockOnFreshObject = Create(
        "MLK005",
        "Lock on a fresh object",
        "This lock is taken on {0} created for this call: no other caller can hold the same object, so it excludes nobody; lock a shared readonly field",
        Concurrency,
        DiagnosticSeverity.Warning,
        "A lock only excludes threads that lock the same object. An object created per call (lock (new object()) or a local created just before the lock) is never shared.");

    /// <summary>MLK006: a hash randomised per process used where other processes must compute the same value.</summary>
    public static readonly DiagnosticDescriptor ProcessRandomisedHash = Create(
        "MLK006",
        "Process-randomised hash used for placement",
        "{0} is randomised per process, but {1}: another process, or the next run, computes a different value; use a stable hash such as SHA-256 or XxHash64",
        Correctness,
        DiagnosticSeverity.Warning,
        ".NET seeds string hashing and HashCode with a random value when a process starts, and an object without its own GetHashCode hashes by identity. That is fine for a dictionary that lives and dies with the process, but a variant, shard or node assignment, a position on a consistent-hash ring, or a value written to a file must be the same in every process and after every restart.");

    /// <summary>MLK010: an integer division whose quotient becomes a floating-point ratio.</summary>
    public static readonly DiagnosticDescriptor IntegerDivisionForRatio = Create(
        "MLK010",
        "Integer division where a ratio is meant",
        "'{0}' divides integers, so the quotient is truncated before it becomes a {1}; cast an operand to {1}",
        Correctness,
        DiagnosticSeverity.Warning,
        "Dividing two integers drops the remainder: 3 clicks over 4 impressions is 0, not 0.75. When the result is wanted as a double, float or decimal (a rate, a share, an average, a metric), an operand must be converted before the division, not the quotient after it.");

    /// <summary>MLK012: an interval measured between two readings of the wall clock.</summary>
    public static readonly DiagnosticDescriptor WallClockInterval = Create(
        "MLK012",
        "Wall clock used for intervals",
        "'{0}' measures an interval between two wall-clock readings: the system clock can jump (a time sync, a manual change, daylight saving with Now) and a test cannot control it; measure with Stopwatch.GetTimestamp() or an injected TimeProvider",
        Correctness,
        DiagnosticSeverity.Warning,
        "DateTime.Now and UtcNow read the system's wall clock, which is adjusted while the process runs. An elapsed time, a rate limiter's refill or a cache entry's time to live computed from two such readings can go negative or jump by hours, and a test can only wait for real time to pass. Stopwatch and TimeProvider.GetTimestamp() are monotonic; an injected TimeProvider also lets a test advance time.");

    /// <summary>MLK013: a linear search for an item that a dictionary or set of the same type already indexes.</summary>
    public static readonly DiagnosticDescriptor LinearSearchInIndexedStructure = Create(
        "MLK013",
        "Linear search in an O(1) structure",
        "{0} searches '{1}' item by item for a key that {2} finds in O(1); {3}",
        Performance,
        DiagnosticSeverity.Info,
        "A type that keeps a Dictionary or HashSet over its items can find any of them in O(1). Searching a List or LinkedList of the same items (Remove(value), Contains, IndexOf, Find), or scanning a dictionary's entries for one key, is O(n) and turns an O(1) operation (an LRU cache's get, a randomized set's remove) into O(n).");

    /// <summary>MLK014: a whole collection sorted to take its first k items.</summary>
    public static readonly DiagnosticDescriptor FullSortForTopK = Create(
        "MLK014",
        "Full sort to take the top k",
        "{0} orders every item on each call to use {1}; {2}",
        Performance,
        DiagnosticSeverity.Info,
        "Ordering all n items to use the first k holds every item on each call: O(n) memory, and O(n log n) time for a full Sort. A bounded heap of k (PriorityQueue<TElement, TPriority>) streams the items in O(n log k) time and O(k) memory; a percentile is a selection, O(n) on average.");

    /// <summary>MLK015: a Monitor.Wait whose condition is not re-checked after waking.</summary>
    public static readonly DiagnosticDescriptor WaitOutsideLoop = Create(
        "MLK015",
        "Monitor.Wait outside a loop",
        "This Monitor.Wait is not inside a loop: after waking, the condition it waited for may be false again (another thread got there first, or the wake-up was meant for another waiter); wait in a 'while' that re-checks the condition",
        Concurrency,
        DiagnosticSeverity.Warning,
        "A thread woken by Pulse or PulseAll re-acquires the lock only after other threads may have run: the item it waited for can be gone, and PulseAll wakes waiters of every condition. Only a loop that re-checks the condition after each wake-up is correct.");

    /// <summary>MLK019: double-checked locking whose lock-free read is not volatile.</summary>
    public static readonly DiagnosticDescriptor DoubleCheckedLockWithoutVolatile = Create(
        "MLK019",
        "Double-checked lock without a volatile read",
        "'{0}' is read outside the lock on a double-checked fast path, but it is not volatile: a reader may see the reference before the object behind it is fully built; read the field with Volatile.Read or make it volatile",
        Concurrency,
        DiagnosticSeverity.Warning,
        "The lock-free read of double-checked locking is ordered with nothing: without volatile (or Volatile.Read/Volatile.Write), a weakly ordered CPU such as ARM may let a reader see the published reference before the writes that built the object. x64 hides the bug, so no test shows it.");

    /// <summary>MLK101: a kernel that captures locals or <c>this</c>.</summary>
    public static readonly DiagnosticDescriptor KernelCapturesState = Create(
        "MLK101",
        "Kernel captures state",
        "This kernel captures {0}: ILGPU loads only static methods and non-capturing lambdas; pass the value as a kernel parameter",
        Kernels,
        DiagnosticSeverity.Warning,
        "A GPU kernel cannot see the CPU's closure objects. ILGPU rejects a capturing lambda or an instance method when the kernel is loaded, at run time.");

    /// <summary>MLK102: a managed type inside a kernel.</summary>
    public static readonly DiagnosticDescriptor ManagedTypeInKernel = Create(
        "MLK102",
        "Managed type in a kernel",
        "Kernel '{0}' uses {1}: ILGPU cannot compile it for a GPU; use {2}",
        Kernels,
        DiagnosticSeverity.Warning,
        "Kernels run where there is no garbage collector and no exception handling: managed arrays, strings, class instances, throw/try, LINQ and virtual or interface calls make ILGPU reject the kernel when it is loaded.");

    /// <summary>MLK103: a shared-memory read with no barrier since the write.</summary>
    public static readonly DiagnosticDescriptor SharedMemoryReadWithoutBarrier = Create(
        "MLK103",
        "Shared memory read without a barrier",
        "'{0}' is read at another index after it is written, with no Group.Barrier() in between: a neighbour may not have written its element yet",
        Kernels,
        DiagnosticSeverity.Warning,
        "Threads of a group run in no fixed order. After writing shared memory, the group must meet at Group.Barrier() before any thread reads an element another thread wrote, or it reads stale data: a race that ILGPU cannot detect.");

    /// <summary>MLK104: a context, accelerator or kernel created per call.</summary>
    public static readonly DiagnosticDescriptor AcceleratorPerCall = Create(
        "MLK104",
        "Accelerator created per call",
        "{0} runs {1}: it initialises the device (or compiles the kernel) each time, which costs far more than the work; create it once and reuse it",
        Kernels,
        DiagnosticSeverity.Warning,
        "Creating an ILGPU context, an accelerator or loading a kernel takes from milliseconds to seconds. Done per call or per loop iteration it dwarfs the kernel's own run time.");

    /// <summary>MLK105: a device buffer that is never disposed.</summary>
    public static readonly DiagnosticDescriptor DeviceBufferNotDisposed = Create(
        "MLK105",
        "Device buffer never disposed",
        "The buffer from {0} is never disposed: device memory is not garbage collected in time; use 'using var'",
        Kernels,
        DiagnosticSeverity.Warning,
        "GPU memory is freed when the MemoryBuffer is disposed. The garbage collector does not see device memory pressure, so undisposed buffers run the device out of memory long before a collection.");

    /// <summary>MLK106: double-precision arithmetic in a kernel.</summary>
    public static readonly DiagnosticDescriptor DoubleInKernel = Create(
        "MLK106",
        "Double precision in a kernel",
        "Kernel '{0}' computes in double ({1}): FP64 runs at a fraction of FP32 speed on most GPUs; use float, an 'f' suffix and MathF",
        Kernels,
        DiagnosticSeverity.Info,
        "Consumer and many data-centre GPUs run FP64 at 1/32 to 1/64 of FP32 throughput. A stray double literal or Math call turns a float kernel into a double one.");

    /// <summary>MLK900: what a graded submission may not use (reflection, unsafe code, process control…).</summary>
    public static readonly DiagnosticDescriptor NotAllowedInSubmission = Create(
        "MLK900",
        "Not allowed in a graded submission",
        "{0} is not allowed in a graded submission: {1}",
        Submission,
        DiagnosticSeverity.Error,
        "A graded submission runs in the same process as the test framework. Reflection, dynamic code, unsafe and native code, start-up hooks, process control, raw output streams, the network and (unless the kata asks for them) files let it reach past its own logic, so the grader refuses them. Only files whose .editorconfig sets mlkata_submission_policy = true are checked.");

    /// <summary>
    /// Every rule, ordered by id: each public descriptor field of this class, found by reflection,
    /// so a new rule needs no list edited. Declared after the fields, which are assigned first.
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsInitOnly && f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    // No help link by default (see HelpLinks): the description names the command that prints the page.
    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, $"{description} Run `{HelpLinks.ExplainCommand(id)}` for the rule's page.", helpLinkUri: null);
}
