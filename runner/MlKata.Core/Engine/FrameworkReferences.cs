using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace MlKata.Core.Engine;

/// <summary>
/// The assemblies a kata compiles against, in the three sets the trust model needs: the .NET
/// shared framework (all a learner's code may see on a CPU kata), the GPU contract (ILGPU and the
/// kit's device types, for a GPU kata's learner code) and the test kit (NUnit, MlKata.Testing:
/// the tests only). Built once per process: creating ~170 metadata references costs far more
/// than compiling a kata.
/// </summary>
public static class FrameworkReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> SharedFramework = new(CreateSharedFramework);

    private static readonly Lazy<ImmutableArray<MetadataReference>> GpuContract = new(() => FromAssemblies(
        typeof(ILGPU.Context),
        typeof(ILGPU.Algorithms.XMath),
        typeof(MlKata.Testing.Gpu.ComputeDevice)));

    private static readonly Lazy<ImmutableArray<MetadataReference>> TestKit = new(() => FromAssemblies(
        typeof(NUnit.Framework.Assert),
        typeof(MlKata.Testing.PointsAttribute)));

    /// <summary>What learner code compiles against: the shared framework, plus the GPU contract for a GPU kata.</summary>
    public static ImmutableArray<MetadataReference> ForLearner(bool gpu) =>
        gpu ? SharedFramework.Value.AddRange(GpuContract.Value) : SharedFramework.Value;

    /// <summary>What the canonical tests compile against (besides the learner's assembly): every set.</summary>
    public static ImmutableArray<MetadataReference> All => SharedFramework.Value.AddRange(GpuContract.Value).AddRange(TestKit.Value);

    private static ImmutableArray<MetadataReference> CreateSharedFramework()
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

        // Only the shared framework itself: the host's own dependencies (the test platform,
        // Roslyn) are not what a scaffolded kata project can see.
        return trusted
            .Where(p => Path.GetDirectoryName(p) is { } dir &&
                        Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar) ==
                        Path.GetFullPath(runtimeDirectory).TrimEnd(Path.DirectorySeparatorChar))
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> FromAssemblies(params Type[] types) =>
        types.Select(t => (MetadataReference)MetadataReference.CreateFromFile(t.Assembly.Location)).ToImmutableArray();
}
