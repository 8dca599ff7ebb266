namespace Katas.DenseReluLayer;

/// <summary>A fully connected layer followed by ReLU: y = max(0, Wx + b).</summary>
public sealed class DenseReluLayer
{
    /// <summary>
    /// Creates a layer with He-normal weights (mean 0, variance 2 / <paramref name="inputs"/>)
    /// drawn from <paramref name="random"/>, and a zero bias.
    /// </summary>
    public DenseReluLayer(int inputs, int outputs, Random random)
    {
        throw new NotImplementedException();
    }

    /// <summary>The layer's own weight matrix, shaped [outputs, inputs].</summary>
    public float[,] Weights => throw new NotImplementedException();

    /// <summary>The layer's own bias vector, one entry per output.</summary>
    public float[] Bias => throw new NotImplementedException();

    /// <summary>The layer's output for one input vector.</summary>
    public float[] Forward(ReadOnlySpan<float> input)
    {
        throw new NotImplementedException();
    }

    /// <summary>The layer's output for each row of a [n, inputs] batch, as a [n, outputs] matrix.</summary>
    public float[,] Forward(float[,] batch)
    {
        throw new NotImplementedException();
    }
}
