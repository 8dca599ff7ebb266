using MlKata.Core.Catalog;
using MlKata.Core.Mutation;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// The kernels a mutation run must leave alone: a static method taking views or a thread
/// index, a method or lambda handed to a kernel loader, and what they call; never host code.
/// </summary>
public sealed class KernelSpanFinderTests
{
    private const string Source = """
        using ILGPU;
        using ILGPU.Runtime;

        public static class Scale
        {
            public static void OnHost(float[] values, float factor)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] *= factor;
                }
            }

            public static void OnDevice(Accelerator accelerator, float[] values, float factor)
            {
                using var buffer = accelerator.Allocate1D(values);
                var kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, float>(ScaleKernel);
                kernel(values.Length, buffer.View, factor);
                var negate = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>((index, view) => view[index] = -view[index]);
                negate(values.Length, buffer.View);
            }

            private static void ScaleKernel(Index1D index, ArrayView<float> values, float factor)
            {
                values[index] = Times(values[index], factor);
            }

            private static float Times(float value, float factor) => value * factor;

            private static float Unused(float value) => value + 1;
        }
        """;

    [Test]
    public void Kernels_their_callees_and_loaded_lambdas_are_found_and_host_code_is_not()
    {
        var spans = KernelSpanFinder.Find([new SourceFile("Scale.cs", Source)]);

        Assert.That(spans.Select(s => s.ToString()), Is.EqualTo(new[]
        {
            "Scale.cs:19-19 (lambda)",
            "Scale.cs:23-26 (ScaleKernel)",
            "Scale.cs:28-28 (Times)",
        }));
    }

    [Test]
    public void A_span_covers_exactly_the_kernel_text()
    {
        var span = KernelSpanFinder.Find([new SourceFile("Scale.cs", Source)]).Single(s => s.Name == "ScaleKernel");

        var text = Source[span.Start..span.End];

        Assert.That(text, Does.StartWith("private static void ScaleKernel(").And.EndWith("}"));
    }

    [Test]
    public void Host_code_alone_has_no_kernel()
    {
        var spans = KernelSpanFinder.Find([new SourceFile("Plain.cs", "public static class Plain { public static int Twice(int x) => 2 * x; }")]);

        Assert.That(spans, Is.Empty);
    }
}
