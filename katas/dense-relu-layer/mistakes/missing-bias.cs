namespace Katas.DenseReluLayer;

// Mistake: the bias is declared and initialised but Forward never adds it.

/// <summary>A fully connected layer followed by ReLU: y = max(0, Wx + b).</summary>
public sealed class DenseReluLayer
{
    private readonly int _inputs;
    private readonly int _outputs;

    /// <summary>
    /// Creates a layer with He-normal weights (mean 0, variance 2 / <paramref name="inputs"/>)
    /// drawn from <paramref name="random"/>, and a zero bias.
    /// </summary>
    public DenseReluLayer(int inputs, int outputs, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputs);
        ArgumentNullException.ThrowIfNull(random);
        _inputs = inputs;
        _outputs = outputs;
        Weights = new float[outputs, inputs];
        Bias = new float[outputs];

        // He et al.: variance 2 / fan-in keeps the activations' scale steady through ReLU layers,
        // which zero half their inputs on average.
        var standardDeviation = Math.Sqrt(2.0 / inputs);
        for (var o = 0; o < outputs; o++)
        {
            for (var i = 0; i < inputs; i++)
            {
                Weights[o, i] = (float)(standardDeviation * StandardNormal(random));
            }
        }
    }

    /// <summary>The layer's own weight matrix, shaped [outputs, inputs].</summary>
    public float[,] Weights { get; }

    /// <summary>The layer's own bias vector, one entry per output.</summary>
    public float[] Bias { get; }

    /// <summary>The layer's output for one input vector.</summary>
    public float[] Forward(ReadOnlySpan<float> input)
    {
        if (input.Length != _inputs)
        {
            throw new ArgumentException($"The layer takes {_inputs} inputs, but the input has {input.Length}.", nameof(input));
        }

        var output = new float[_outputs];
        for (var o = 0; o < _outputs; o++)
        {
            output[o] = Activate(o, input);
        }

        return output;
    }

    /// <summary>The layer's output for each row of a [n, inputs] batch, as a [n, outputs] matrix.</summary>
    public float[,] Forward(float[,] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.GetLength(1) != _inputs)
        {
            throw new ArgumentException($"The layer takes {_inputs} inputs, but the batch has {batch.GetLength(1)} columns.", nameof(batch));
        }

        var rows = batch.GetLength(0);
        var output = new float[rows, _outputs];
        var row = new float[_inputs]; // one buffer for every row, not one per row
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < _inputs; i++)
            {
                row[i] = batch[r, i];
            }

            for (var o = 0; o < _outputs; o++)
            {
                output[r, o] = Activate(o, row);
            }
        }

        return output;
    }

    private float Activate(int output, ReadOnlySpan<float> input)
    {
        var z = 0f;
        for (var i = 0; i < input.Length; i++)
        {
            z += Weights[output, i] * input[i];
        }

        return Math.Max(0f, z);
    }

    // Box-Muller: two uniforms from the caller's Random give one standard normal.
    private static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble(); // (0, 1]: Log never sees zero
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
