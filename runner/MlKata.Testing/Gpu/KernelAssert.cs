using System.Reflection;
using NUnit.Framework;

namespace MlKata.Testing.Gpu;

/// <summary>Asserts about a kata's kernels that hold without a GPU.</summary>
public static class KernelAssert
{
    /// <summary>
    /// Finds the kernels in <paramref name="assembly"/> (static void methods over ArrayView
    /// parameters) and compiles each to PTX for a CUDA GPU, as loading it there would: fails when
    /// there is none, when one does not compile, or when its PTX lacks <paramref name="mustContain"/>.
    /// </summary>
    public static void EveryKernelCompilesForCuda(Assembly assembly, string? mustContain = null, string? why = null)
    {
        var kernels = PtxCompilation.FindKernels(assembly).ToList();

        Assert.That(kernels, Is.Not.Empty, "no kernel found: a static void method over ArrayView parameters");
        foreach (var kernel in kernels)
        {
            var ptx = PtxCompilation.Compile(kernel);
            Assert.That(ptx, Does.Contain(".entry"), kernel.Name);
            if (mustContain is not null)
            {
                Assert.That(ptx, Does.Contain(mustContain), $"{kernel.Name}: {why}");
            }
        }
    }
}
