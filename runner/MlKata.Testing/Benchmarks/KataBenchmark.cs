using ILGPU.Runtime;

namespace MlKata.Testing.Benchmarks;

/// <summary>What a benchmark's work is counted in.</summary>
public enum WorkUnit
{
    /// <summary>Floating-point operations: a fused multiply-add counts as two.</summary>
    Flops,

    /// <summary>Bytes read and written: for memory-bound katas.</summary>
    Bytes,
}

/// <summary>
/// How <c>mlkata bench</c> measures a GPU kata: a kata's tests folder holds one subclass, compiled
/// with the learner's code (and again with the reference), so the same inputs drive the
/// learner's paths, the reference paths and the scalar baseline in one run.
/// </summary>
public abstract class KataBenchmark
{
    /// <summary>The size measured when none is given: big enough that the SIMD path takes milliseconds.</summary>
    public abstract int DefaultSize { get; }

    /// <summary>Whether throughput is in FLOP/s or B/s.</summary>
    public abstract WorkUnit Unit { get; }

    /// <summary>The problem at <paramref name="size"/>, for people: "2048 points × 128 features".</summary>
    public abstract string Describe(int size);

    /// <summary>The work of one call at <paramref name="size"/>, in <see cref="Unit"/>.</summary>
    public abstract double Work(int size);

    /// <summary>Builds the inputs for <paramref name="size"/> (seeded; not timed).</summary>
    public abstract void Prepare(int size);

    /// <summary>One call of the scalar path (task 1).</summary>
    public abstract void RunScalar();

    /// <summary>One call of the SIMD CPU path.</summary>
    public abstract void RunSimd();

    /// <summary>One call of the kernel path on <paramref name="accelerator"/>, copies included.</summary>
    public abstract void RunKernel(Accelerator accelerator);
}
