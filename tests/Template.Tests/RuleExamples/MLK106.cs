// Breaks MLK106: double precision inside a kernel, where consumer GPUs run FP64 at a small
// fraction of their FP32 rate.
using ILGPU;
using ILGPU.Runtime;

namespace RuleExamples;

public static class DoublePrecisionScaler
{
    public static float[] Halved(Accelerator accelerator, float[] values)
    {
        using var buffer = accelerator.Allocate1D(values);
        var kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>(Halve);
        kernel((int)buffer.Length, buffer.View);
        return buffer.GetAsArray1D();
    }

    private static void Halve(Index1D index, ArrayView<float> values)
    {
        double factor = 0.5;
        values[index] = (float)(values[index] * factor);
    }
}
