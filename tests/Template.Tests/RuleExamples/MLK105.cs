// Breaks MLK105: the device buffer is never disposed, so its device memory stays held until a
// finalizer runs, if one ever does before the GPU runs out.
using ILGPU;
using ILGPU.Runtime;

namespace RuleExamples;

public static class LeakyDoubler
{
    public static float[] Doubled(Accelerator accelerator, float[] values)
    {
        var buffer = accelerator.Allocate1D(values);
        var kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>(Double);
        kernel((int)buffer.Length, buffer.View);
        return buffer.GetAsArray1D();
    }

    private static void Double(Index1D index, ArrayView<float> values) => values[index] *= 2f;
}
