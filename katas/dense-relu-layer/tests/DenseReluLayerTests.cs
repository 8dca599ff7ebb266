using MlKata.Testing;
using NUnit.Framework;

namespace Katas.DenseReluLayer.Tests;

public sealed class DenseReluLayerTests
{
    private const float Absolute = 1e-5f;
    private const float Relative = 1e-4f;

    [TestCase(0, 3)]
    [TestCase(3, 0)]
    [TestCase(-1, 3)]
    [Task(1), Points(1)]
    public void Constructor_rejects_sizes_that_are_not_positive(int inputs, int outputs)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DenseReluLayer(inputs, outputs, SeededData.Random(1)));
    }

    [Test, Task(1), Points(1)]
    public void Constructor_rejects_a_null_random()
    {
        Assert.Throws<ArgumentNullException>(() => new DenseReluLayer(3, 2, null!));
    }

    [Test, Task(1), Points(1)]
    public void Weights_are_outputs_by_inputs_and_bias_has_one_entry_per_output()
    {
        var layer = new DenseReluLayer(inputs: 7, outputs: 5, SeededData.Random(1));

        Assert.Multiple(() =>
        {
            Assert.That(layer.Weights.GetLength(0), Is.EqualTo(5), "Weights rows = outputs");
            Assert.That(layer.Weights.GetLength(1), Is.EqualTo(7), "Weights columns = inputs");
            Assert.That(layer.Bias, Has.Length.EqualTo(5), "Bias length = outputs");
        });
    }

    [Test, Task(1), Points(1)]
    public void Bias_starts_at_zero()
    {
        var layer = new DenseReluLayer(16, 8, SeededData.Random(2));

        Assert.That(layer.Bias, Is.All.EqualTo(0f));
    }

    [Test, Task(1), Points(1)]
    public void The_same_seed_gives_the_same_weights_and_another_seed_other_weights()
    {
        var first = new DenseReluLayer(32, 16, SeededData.Random(42)).Weights;
        var again = new DenseReluLayer(32, 16, SeededData.Random(42)).Weights;
        var other = new DenseReluLayer(32, 16, SeededData.Random(43)).Weights;

        Assert.That(again, Is.EqualTo(first), "two layers from Random(42) must be identical: use the Random passed in");
        Assert.That(other, Is.Not.EqualTo(first), "Random(43) must give other weights");
    }

    [Test, Task(1), Points(2)]
    public void Initial_weights_are_normal_with_mean_0_and_variance_2_over_inputs()
    {
        const int inputs = 1024;
        var weights = new DenseReluLayer(inputs, 256, SeededData.Random(7)).Weights.Cast<float>().Select(w => (double)w).ToArray();
        var mean = weights.Average();
        var variance = weights.Select(w => (w - mean) * (w - mean)).Sum() / (weights.Length - 1);
        var sigma = Math.Sqrt(2.0 / inputs);
        var withinOneSigma = weights.Count(w => Math.Abs(w) <= sigma) / (double)weights.Length;

        Assert.Multiple(() =>
        {
            // 262 144 samples: the standard error of the mean is ~1e-4 and of the variance ~0.3%,
            // so these bounds are over ten standard errors wide.
            Assert.That(mean, Is.EqualTo(0).Within(2e-3), "mean of the weights");
            Assert.That(variance, Is.EqualTo(2.0 / inputs).Within(3).Percent, "variance of the weights (He: 2 / inputs)");
            Assert.That(withinOneSigma, Is.EqualTo(0.6827).Within(0.01), "share within one standard deviation (a normal has 68.3%, a uniform 57.7%)");
        });
    }

    [Test, Task(2), Points(2)]
    public void Forward_computes_relu_of_weights_times_input_plus_bias()
    {
        var layer = Layer(new float[,] { { 1, 2, 3 }, { -1, 0, 1 } }, [0.5f, -0.5f]);

        var output = layer.Forward([1f, 1f, 1f]);

        NumericAssert.Close([6.5f, 0f], output, Absolute, Relative, "ReLU([1+2+3+0.5, -1+0+1-0.5])");
    }

    [Test, Task(2), Points(1)]
    public void Forward_adds_the_bias()
    {
        var layer = Layer(new float[2, 3], [1f, 2f]);

        var output = layer.Forward([5f, -5f, 3f]);

        NumericAssert.Close([1f, 2f], output, Absolute, Relative, "zero weights: the output is the bias");
    }

    [Test, Task(2), Points(2)]
    public void ReLU_applies_to_the_whole_pre_activation_after_the_bias()
    {
        var layer = Layer(new float[,] { { -1 }, { 1 } }, [2f, -3f]);

        var output = layer.Forward([1f]);

        // Output 0: ReLU(-1 + 2) = 1, where ReLU(-1) + 2 would be 2.
        // Output 1: ReLU(1 - 3) = 0, where ReLU(1) - 3 would be -2.
        NumericAssert.Close([1f, 0f], output, Absolute, Relative, "ReLU(Wx + b)");
    }

    [Test, Task(2), Points(2)]
    public void Forward_matches_a_double_precision_reference_on_a_non_square_layer()
    {
        var weights = SeededData.Matrix(5, 7, seed: 3);
        var bias = SeededData.Vector(5, seed: 4);
        var input = SeededData.Vector(7, seed: 5, min: -2, max: 2);
        var layer = Layer(weights, bias);

        var output = layer.Forward(input);

        NumericAssert.Close(ReferenceForward(weights, bias, input), output, Absolute, Relative, "output");
    }

    [Test, Task(2), Points(1)]
    public void Forward_rejects_an_input_of_the_wrong_length_naming_both_sizes()
    {
        var layer = new DenseReluLayer(inputs: 7, outputs: 2, SeededData.Random(1));

        var error = Assert.Throws<ArgumentException>(() => layer.Forward(new float[4]));

        Assert.That(error!.Message, Does.Contain("7").And.Contain("4"), "the message should say what the layer expects (7) and what it got (4)");
    }

    [Test, Task(3), Points(2)]
    public void Batch_forward_gives_each_row_the_single_forward_result()
    {
        var layer = Layer(SeededData.Matrix(5, 7, seed: 8), SeededData.Vector(5, seed: 9));
        var batch = SeededData.Matrix(9, 7, seed: 10, min: -2, max: 2);

        var output = layer.Forward(batch);

        Assert.That(output.GetLength(0), Is.EqualTo(9), "one output row per input row");
        Assert.That(output.GetLength(1), Is.EqualTo(5), "one output column per layer output");
        for (var r = 0; r < 9; r++)
        {
            var row = Enumerable.Range(0, 7).Select(c => batch[r, c]).ToArray();
            var expected = ReferenceForward(layer.Weights, layer.Bias, row);
            NumericAssert.Close(expected, Enumerable.Range(0, 5).Select(c => output[r, c]).ToArray(), Absolute, Relative, $"batch row {r}");
        }
    }

    [Test, Task(3), Points(1)]
    public void An_empty_batch_gives_an_empty_output_with_one_column_per_output()
    {
        var layer = new DenseReluLayer(inputs: 3, outputs: 4, SeededData.Random(1));

        var output = layer.Forward(new float[0, 3]);

        Assert.That((output.GetLength(0), output.GetLength(1)), Is.EqualTo((0, 4)));
    }

    [Test, Task(3), Points(1)]
    public void Batch_forward_rejects_the_wrong_column_count_naming_both_sizes()
    {
        var layer = new DenseReluLayer(inputs: 7, outputs: 2, SeededData.Random(1));

        var error = Assert.Throws<ArgumentException>(() => layer.Forward(new float[2, 4]));

        Assert.That(error!.Message, Does.Contain("7").And.Contain("4"));
    }

    [Test, Task(3), Points(1)]
    public void Batch_forward_rejects_a_null_batch()
    {
        var layer = new DenseReluLayer(inputs: 3, outputs: 2, SeededData.Random(1));

        Assert.Throws<ArgumentNullException>(() => layer.Forward((float[,])null!));
    }

    private static DenseReluLayer Layer(float[,] weights, float[] bias)
    {
        var layer = new DenseReluLayer(weights.GetLength(1), weights.GetLength(0), SeededData.Random(0));
        for (var o = 0; o < weights.GetLength(0); o++)
        {
            layer.Bias[o] = bias[o];
            for (var i = 0; i < weights.GetLength(1); i++)
            {
                layer.Weights[o, i] = weights[o, i];
            }
        }

        return layer;
    }

    private static float[] ReferenceForward(float[,] weights, float[] bias, float[] input)
    {
        var output = new float[bias.Length];
        for (var o = 0; o < bias.Length; o++)
        {
            double z = bias[o];
            for (var i = 0; i < input.Length; i++)
            {
                z += (double)weights[o, i] * input[i];
            }

            output[o] = (float)Math.Max(0, z);
        }

        return output;
    }
}
