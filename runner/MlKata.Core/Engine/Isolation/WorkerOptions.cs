namespace MlKata.Core.Engine.Isolation;

/// <summary>How a <see cref="WorkerChecker"/> runs its workers.</summary>
public sealed record WorkerOptions
{
    /// <summary>Overrides the worker's memory cap, in MiB.</summary>
    public const string MemoryCapVariable = "MLKATA_WORKER_MEMORY_MB";

    private const int DefaultMemoryCapMiB = 2048;

    /// <summary>The most GC heap a worker may hold (default 2 GiB, or <see cref="MemoryCapVariable"/>).</summary>
    public int MemoryCapMiB { get; init; } =
        int.TryParse(Environment.GetEnvironmentVariable(MemoryCapVariable), out var fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : DefaultMemoryCapMiB;

    /// <summary>
    /// A new worker for every job. Grading wants it: nothing one submission leaves behind in a
    /// process (a thread, a static, a handler) can touch the next. A learner's own check and
    /// watch keep one warm worker instead.
    /// </summary>
    public bool FreshWorkerPerJob { get; init; }

    /// <summary>Run each worker under bubblewrap, hiding these folders (null: no sandbox).</summary>
    public IReadOnlyList<string>? SandboxHiding { get; init; }

    /// <summary>The grading seed the kit's seeded data mixes in (null: the tests' own seeds).</summary>
    public int? Seed { get; init; }
}
