using NUnit.Framework;
using VerifyMLK101 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK101KernelCapturesStateAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK101KernelCapturesStateTests
{
    private const string CapturingLambda = """
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Load(Accelerator accelerator)
            {
                var scale = 2f;
                var kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>({|MLK101:(i, data) => data[i] *= scale|});
            }
        }
        """;

    [Test]
    public Task Lambda_that_captures_a_local_is_flagged() => VerifyMLK101.Diagnostics(CapturingLambda);

    [Test]
    public void ILGPU_rejects_the_capturing_lambda_when_it_loads_it()
    {
        var error = IlgpuLoad.LoadOnCpu(Markup.Remove(CapturingLambda));

        Assert.That(error, Does.Contain("Only static methods and non-capturing lambdas are supported"));
    }

    [Test]
    public Task Instance_method_group_is_flagged() => VerifyMLK101.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public sealed class Scaler
        {
            private float _scale = 2f;

            public void Load(Accelerator accelerator) =>
                accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>({|MLK101:Scale|});

            private void Scale(Index1D i, ArrayView<float> data) => data[i] *= _scale;
        }
        """);

    [Test]
    public Task Local_function_that_captures_a_parameter_is_flagged() => VerifyMLK101.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public static class Scaler
        {
            public static void Load(Accelerator accelerator, float scale)
            {
                accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>({|MLK101:Scale|});

                void Scale(Index1D i, ArrayView<float> data) => data[i] *= scale;
            }
        }
        """);

    private const string StaticKernel = """
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Load(Accelerator accelerator)
            {
                accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, float>(Scale);
                accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>((i, data) => data[i] *= 2f);
            }

            private static void Scale(Index1D i, ArrayView<float> data, float scale) => data[i] *= scale;
        }
        """;

    [Test]
    public Task Static_method_and_non_capturing_lambda_are_silent() => VerifyMLK101.Diagnostics(StaticKernel);

    [Test]
    public void ILGPU_loads_the_static_method_and_the_non_capturing_lambda()
    {
        Assert.That(IlgpuLoad.LoadOnCpu(StaticKernel), Is.Null);
    }

    [Test]
    public Task Lambda_with_its_own_locals_is_silent() => VerifyMLK101.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Load(Accelerator accelerator) =>
                accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>((i, data) =>
                {
                    var doubled = data[i] * 2f;
                    data[i] = doubled;
                });
        }
        """);
}
