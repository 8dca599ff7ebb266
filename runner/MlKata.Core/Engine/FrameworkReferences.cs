using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace MlKata.Core.Engine;

/// <summary>
/// The assemblies a kata compiles against: the running .NET shared framework, NUnit,
/// MlKata.Testing and ILGPU. Built once per process: creating ~170 metadata references costs far more
/// than compiling a kata.
/// </summary>
public static class FrameworkReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Shared = new(Create);

    /// <summary>The references every kata compilation gets.</summary>
    public static ImmutableArray<MetadataReference> All => Shared.Value;

    private static ImmutableArray<MetadataReference> Create()
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

        // Only the shared framework itself: the host's own dependencies (the test platform,
        // Roslyn) are not what a scaffolded kata project can see.
        var framework = trusted.Where(p => Path.GetDirectoryName(p) is { } dir &&
                                           Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar) ==
                                           Path.GetFullPath(runtimeDirectory).TrimEnd(Path.DirectorySeparatorChar));
        var kit = new[]
        {
            typeof(NUnit.Framework.Assert).Assembly.Location,
            typeof(MlKata.Testing.PointsAttribute).Assembly.Location,
            typeof(ILGPU.Context).Assembly.Location, // GPU katas write kernels
            typeof(ILGPU.Algorithms.XMath).Assembly.Location,
        };

        return framework.Concat(kit)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
