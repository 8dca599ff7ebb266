namespace MlKata.Testing.Gpu;

/// <summary>What a GPU kata's entry point returns: the result, and the backend that computed it.</summary>
/// <typeparam name="T">The result's type.</typeparam>
/// <param name="Value">The result.</param>
/// <param name="Backend">Where it was computed: the kernel on a GPU, or the SIMD path on the CPU.</param>
public readonly record struct Computed<T>(T Value, ComputeBackend Backend);
