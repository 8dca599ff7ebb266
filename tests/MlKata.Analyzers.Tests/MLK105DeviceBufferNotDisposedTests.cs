using NUnit.Framework;
using VerifyMLK105 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK105DeviceBufferNotDisposedAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK105DeviceBufferNotDisposedTests
{
    [Test]
    public Task A_local_buffer_never_disposed_is_flagged() => VerifyMLK105.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public static class Host
        {
            public static float[] Copy(Accelerator accelerator, float[] input)
            {
                var buffer = {|MLK105:accelerator.Allocate1D(input)|};
                return buffer.GetAsArray1D();
            }
        }
        """);

    [Test]
    public Task A_buffer_used_only_for_its_view_is_flagged() => VerifyMLK105.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public static class Host
        {
            public static ArrayView<float> Upload(Accelerator accelerator, float[] input) =>
                {|MLK105:accelerator.Allocate1D(input)|}.View;
        }
        """);

    [Test]
    public Task Using_field_returned_and_explicitly_disposed_buffers_are_silent() => VerifyMLK105.Diagnostics("""
        using System;
        using ILGPU;
        using ILGPU.Runtime;

        public sealed class Host : IDisposable
        {
            private readonly MemoryBuffer1D<float, Stride1D.Dense> _weights;

            public Host(Accelerator accelerator, float[] weights) => _weights = accelerator.Allocate1D(weights);

            public static float[] RoundTrip(Accelerator accelerator, float[] input)
            {
                using var buffer = accelerator.Allocate1D(input);
                var scratch = accelerator.Allocate1D<float>(input.Length);
                try
                {
                    return buffer.GetAsArray1D();
                }
                finally
                {
                    scratch.Dispose();
                }
            }

            public static MemoryBuffer1D<float, Stride1D.Dense> Upload(Accelerator accelerator, float[] input) =>
                accelerator.Allocate1D(input);

            public void Dispose() => _weights.Dispose();
        }
        """);
}
