using NUnit.Framework;
using VerifyMLK106 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK106DoubleInKernelAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK106DoubleInKernelTests
{
    private const string DoubleKernel = """
        using System;
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(Index1D i, ArrayView<float> data)
            {
                data[i] = (float)({|MLK106:data[i] * 0.5|});
                data[i] = (float){|MLK106:Math.Sqrt(data[i])|};
            }
        }
        """;

    [Test]
    public Task A_double_literal_and_Math_Sqrt_are_flagged() => VerifyMLK106.Diagnostics(DoubleKernel);

    [Test]
    public void ILGPU_compiles_it_without_a_word_into_double_precision_instructions()
    {
        var ptx = IlgpuLoad.Ptx(Markup.Remove(DoubleKernel), "Kernel");

        Assert.That(ptx, Does.Contain(".f64"), "the kernel loads, and quietly computes in FP64");
    }

    [Test]
    public Task Float_literals_and_MathF_are_silent() => VerifyMLK106.Diagnostics("""
        using System;
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(Index1D i, ArrayView<float> data)
            {
                data[i] = MathF.Sqrt(data[i] * 0.5f);
            }
        }
        """);

    [Test]
    public Task Double_on_the_host_is_silent() => VerifyMLK106.Diagnostics("""
        using System;

        public static class Host
        {
            public static double Rms(float[] values)
            {
                var sum = 0.0;
                foreach (var v in values) sum += v * (double)v;
                return Math.Sqrt(sum / values.Length);
            }
        }
        """);
}
