using NUnit.Framework;
using VerifyMLK103 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK103SharedMemoryReadWithoutBarrierAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK103SharedMemoryReadWithoutBarrierTests
{
    private const string MissingBarrier = """
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(ArrayView<float> input, ArrayView<float> output)
            {
                var tile = SharedMemory.Allocate<float>(64);
                var lane = Group.IdxX;
                tile[lane] = input[Grid.GlobalIndex.X];
                output[Grid.GlobalIndex.X] = {|MLK103:tile[(lane + 1) % 64]|};
            }
        }
        """;

    [Test]
    public Task Reading_a_neighbours_element_with_no_barrier_is_flagged() => VerifyMLK103.Diagnostics(MissingBarrier);

    [Test]
    public void ILGPU_compiles_the_race_without_a_word()
    {
        Assert.That(IlgpuLoad.CompileForCuda(Markup.Remove(MissingBarrier), "Kernel"), Is.Null,
            "ILGPU accepts a missing barrier: only this rule, or a wrong result, reveals it");
    }

    [Test]
    public Task A_2D_tile_read_across_the_row_before_the_barrier_is_flagged() => VerifyMLK103.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(ArrayView<float> a, ArrayView<float> c, int k)
            {
                var tile = SharedMemory.Allocate2D<float, Stride2D.DenseX>(new Index2D(16, 16), new Stride2D.DenseX(16));
                int tx = Group.IdxX, ty = Group.IdxY;
                var sum = 0f;
                for (var p0 = 0; p0 < k; p0 += 16)
                {
                    tile[ty, tx] = a[ty * k + p0 + tx];
                    for (var p = 0; p < 16; p++)
                    {
                        sum += {|MLK103:tile[ty, p]|};
                    }

                    Group.Barrier();
                }

                c[Grid.GlobalIndex.X] = sum;
            }
        }
        """);

    [Test]
    public Task Reading_after_a_barrier_is_silent() => VerifyMLK103.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(ArrayView<float> input, ArrayView<float> output)
            {
                var tile = SharedMemory.Allocate<float>(64);
                var lane = Group.IdxX;
                tile[lane] = input[Grid.GlobalIndex.X];
                Group.Barrier();
                output[Grid.GlobalIndex.X] = tile[(lane + 1) % 64];
            }
        }
        """);

    [Test]
    public Task Reading_back_ones_own_element_is_silent() => VerifyMLK103.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(ArrayView<float> input, ArrayView<float> output)
            {
                var scratch = SharedMemory.Allocate<float>(64);
                var lane = Group.IdxX;
                scratch[lane] = input[Grid.GlobalIndex.X];
                scratch[lane] = scratch[lane] * 2f;
                output[Grid.GlobalIndex.X] = scratch[lane];
            }
        }
        """);

    [Test]
    public Task Views_that_are_not_shared_memory_are_silent() => VerifyMLK103.Diagnostics("""
        using ILGPU;
        using ILGPU.Runtime;

        public static class Probe
        {
            public static void Kernel(Index1D i, ArrayView<float> data, ArrayView<float> output)
            {
                data[i] = data[i] * 2f;
                output[i] = data[(i + 1) % (int)data.Length];
            }
        }
        """);
}
