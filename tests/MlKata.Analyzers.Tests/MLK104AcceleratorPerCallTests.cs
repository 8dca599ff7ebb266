using NUnit.Framework;
using VerifyMLK104 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK104AcceleratorPerCallAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK104AcceleratorPerCallTests
{
    [Test]
    public Task Context_and_accelerator_created_for_one_call_are_flagged() => VerifyMLK104.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public static class Scaler
        {
            public static float[] Scale(float[] input)
            {
                using var context = {|MLK104:Context.CreateDefault()|};
                using var accelerator = {|MLK104:context.GetPreferredDevice(false).CreateAccelerator(context)|};
                var kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>(Double);
                using var buffer = accelerator.Allocate1D(input);
                kernel((int)buffer.Length, buffer.View);
                return buffer.GetAsArray1D();
            }

            private static void Double(Index1D i, ArrayView<float> data) => data[i] *= 2f;
        }
        """);

    [Test]
    public Task Kernel_loaded_inside_a_loop_is_flagged() => VerifyMLK104.Diagnostics("""
        using System.Collections.Generic;
        using ILGPU;
        using ILGPU.Runtime;

        public static class Scaler
        {
            public static void ScaleAll(Accelerator accelerator, IEnumerable<MemoryBuffer1D<float, Stride1D.Dense>> batches)
            {
                foreach (var batch in batches)
                {
                    var kernel = {|MLK104:accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>(Double)|};
                    kernel((int)batch.Length, batch.View);
                }
            }

            private static void Double(Index1D i, ArrayView<float> data) => data[i] *= 2f;
        }
        """);

    [Test]
    public Task Created_once_in_a_constructor_and_loaded_per_call_on_a_given_accelerator_is_silent() => VerifyMLK104.Diagnostics("""
        using System;
        using ILGPU;
        using ILGPU.Runtime;

        public sealed class Scaler : IDisposable
        {
            private readonly Context _context;
            private readonly Accelerator _accelerator;
            private readonly Action<Index1D, ArrayView<float>> _kernel;

            public Scaler()
            {
                _context = Context.CreateDefault();
                _accelerator = _context.GetPreferredDevice(false).CreateAccelerator(_context);
                _kernel = _accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>(Double);
            }

            public static void ScaleOn(Accelerator accelerator, ArrayView<float> data) =>
                accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>(Double)((int)data.Length, data);

            public void Dispose()
            {
                _accelerator.Dispose();
                _context.Dispose();
            }

            private static void Double(Index1D i, ArrayView<float> data) => data[i] *= 2f;
        }
        """);

    [Test]
    public Task A_factory_that_returns_the_accelerator_is_silent() => VerifyMLK104.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public static class Devices
        {
            public static Accelerator Open(Context context) => context.GetPreferredDevice(false).CreateAccelerator(context);
        }
        """);
}
