// Breaks MLK104: a context and an accelerator live for one call, so every call pays their
// start-up and the kernel's compile again. ILGPU accepts it: this is a cost, not an error.
using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;

namespace RuleExamples;

public static class PerCallDoubler
{
    public static float[] Doubled(float[] values)
    {
        using var context = Context.CreateDefault();
        using var accelerator = context.CreateCPUAccelerator(0);
        var kernel = accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>>(Double);
        using var buffer = accelerator.Allocate1D(values);
        kernel((int)buffer.Length, buffer.View);
        return buffer.GetAsArray1D();
    }

    private static void Double(Index1D index, ArrayView<float> values) => values[index] *= 2f;
}
