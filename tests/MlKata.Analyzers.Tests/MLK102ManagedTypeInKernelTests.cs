using NUnit.Framework;
using VerifyMLK102 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK102ManagedTypeInKernelAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK102ManagedTypeInKernelTests
{
    private const string ThrowingKernel = """
        using System;
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(Index1D i, ArrayView<float> data)
            {
                if (data[i] < 0)
                {
                    {|MLK102:throw {|MLK102:new ArgumentException({|MLK102:"negative"|})|};|}
                }

                data[i] = MathF.Sqrt(data[i]);
            }
        }
        """;

    private const string ClassKernel = """
        using ILGPU;
        using ILGPU.Runtime;

        public sealed class Scale { public float Factor = 2f; }

        public static class Probe
        {
            public static void Kernel(Index1D i, ArrayView<float> data)
            {
                var scale = {|MLK102:new Scale()|};
                data[i] *= scale.Factor;
            }
        }
        """;

    private const string ArrayKernel = """
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(Index1D i, ArrayView<float> output, int n)
            {
                var scratch = {|MLK102:new float[n]|};
                output[i] = scratch.Length;
            }
        }
        """;

    private const string ArrayParameterKernel = """
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(Index1D i, ArrayView<float> output, float[] {|MLK102:weights|})
            {
                output[i] = weights[i % weights.Length];
            }
        }
        """;

    private const string InterfaceCallKernel = """
        using ILGPU;
        using ILGPU.Runtime;

        public interface IActivation { float Apply(float x); }

        public static class Probe
        {
            public static void Kernel(Index1D i, ArrayView<float> data, IActivation {|MLK102:activation|})
            {
                data[i] = {|MLK102:activation.Apply(data[i])|};
            }
        }
        """;

    [Test]
    public Task Throw_is_flagged() => VerifyMLK102.Diagnostics(ThrowingKernel);

    [Test]
    public Task A_new_class_instance_is_flagged() => VerifyMLK102.Diagnostics(ClassKernel);

    [Test]
    public Task A_managed_array_is_flagged() => VerifyMLK102.Diagnostics(ArrayKernel);

    [Test]
    public Task An_array_parameter_is_flagged() => VerifyMLK102.Diagnostics(ArrayParameterKernel);

    [Test]
    public Task An_interface_parameter_and_call_are_flagged() => VerifyMLK102.Diagnostics(InterfaceCallKernel);

    [Test]
    public Task An_array_parameter_and_a_string_are_flagged_in_an_explicitly_grouped_kernel() => VerifyMLK102.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(ArrayView<float> output, float[] {|MLK102:input|})
            {
                var label = {|MLK102:"row"|};
                output[Grid.GlobalIndex.X] = input[Grid.GlobalIndex.X] + label.Length;
            }
        }
        """);

    [Test]
    public Task LINQ_is_flagged() => VerifyMLK102.Diagnostics("""
        using System.Linq;
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(Index1D i, ArrayView<float> output)
            {
                output[i] = {|MLK102:Enumerable.Range(0, 4).Count()|};
            }
        }
        """);

    [TestCase(ThrowingKernel, "Throw")]
    [TestCase(ClassKernel, "Class type")]
    [TestCase(ArrayKernel, "must be a compile-time constant")]
    [TestCase(InterfaceCallKernel, "Not supported kernel-parameter type 'IActivation'")]
    public void ILGPU_rejects_the_kernel_when_it_compiles_it_for_a_GPU(string source, string expected)
    {
        var error = IlgpuLoad.CompileForCuda(Markup.Remove(source), "Kernel");

        TestContext.Out.WriteLine(error);
        Assert.That(error, Does.Contain(expected).IgnoreCase);
    }

    private const string StructKernel = """
        using System;
        using ILGPU;
        using ILGPU.Runtime;

        public struct Scale
        {
            public float Factor;
            public float Apply(float x) => x * Factor;
        }

        public static class Probe
        {
            public static void Kernel(Index1D i, ArrayView<float> data, Scale scale)
            {
                var local = new Scale { Factor = 2f };
                data[i] = local.Apply(scale.Apply(MathF.Sqrt(data[i])));
            }
        }
        """;

    [Test]
    public Task Structs_views_and_MathF_are_silent() => VerifyMLK102.Diagnostics(StructKernel);

    [Test]
    public void ILGPU_compiles_the_struct_kernel()
    {
        Assert.That(IlgpuLoad.CompileForCuda(StructKernel, "Kernel"), Is.Null);
    }

    [Test]
    public Task Host_code_with_arrays_and_exceptions_is_silent() => VerifyMLK102.Diagnostics("""
        using System;
        using ILGPU;
        using ILGPU.Runtime;

        public static class Host
        {
            public static float[] Run(Accelerator accelerator, float[] input, ArrayView<float> scratch)
            {
                if (input.Length == 0) throw new ArgumentException("empty", nameof(input));
                var output = new float[input.Length];
                output[0] = input[0];
                return output;
            }
        }
        """);
}
