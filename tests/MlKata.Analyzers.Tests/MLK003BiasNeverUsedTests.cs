using NUnit.Framework;
using VerifyMLK003 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK003BiasNeverUsedAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK003BiasNeverUsedTests
{
    [Test]
    public Task Forward_that_reads_weights_but_not_bias_is_flagged() => VerifyMLK003.Diagnostics("""
        class Layer
        {
            public float[] Weights { get; } = new float[3];
            public float Bias { get; set; }
            public float {|MLK003:Forward|}(float[] x)
            {
                var z = 0f;
                for (var i = 0; i < x.Length; i++) z += Weights[i] * x[i];
                return z;
            }
        }
        """);

    [Test]
    public Task Helpers_called_by_forward_are_followed() => VerifyMLK003.Diagnostics("""
        class Layer
        {
            private readonly float[,] _weights = new float[2, 2];
            private readonly float[] _bias = new float[2];
            public float[] {|MLK003:Forward|}(float[] x) => new[] { Dot(0, x), Dot(1, x) };
            private float Dot(int row, float[] x) => _weights[row, 0] * x[0] + _weights[row, 1] * x[1];
        }
        """);

    [Test]
    public Task Predict_with_w_and_b_fields_is_flagged() => VerifyMLK003.Diagnostics("""
        class LinearModel
        {
            private double _w;
            private double _b;
            public void Fit(double w, double b) { _w = w; _b = b; }
            public double {|MLK003:Predict|}(double x) => _w * x;
        }
        """);

    [Test]
    public Task Forward_that_adds_the_bias_through_a_helper_is_silent() => VerifyMLK003.Diagnostics("""
        class Layer
        {
            public float[] Weights { get; } = new float[3];
            public float Bias { get; set; }
            public float Forward(float[] x) => Activate(x);
            private float Activate(float[] x)
            {
                var z = Bias;
                for (var i = 0; i < x.Length; i++) z += Weights[i] * x[i];
                return z > 0 ? z : 0;
            }
        }
        """);

    [Test]
    public Task A_type_without_a_bias_member_is_silent() => VerifyMLK003.Diagnostics("""
        class NoBiasLayer
        {
            public float[] Weights { get; } = new float[3];
            public float Forward(float[] x) => Weights[0] * x[0];
        }
        """);

    [Test]
    public Task A_b_field_without_weights_is_silent() => VerifyMLK003.Diagnostics("""
        class Point
        {
            private double _a;
            private double _b;
            public double Predict(double x) => _a * x;
        }
        """);

    [Test]
    public Task Methods_that_are_not_forward_or_predict_are_silent() => VerifyMLK003.Diagnostics("""
        class Layer
        {
            public float[] Weights { get; } = new float[3];
            public float Bias { get; set; }
            public float WeightNorm() => Weights[0] * Weights[0];
            public float Forward(float[] x) => Weights[0] * x[0] + Bias;
        }
        """);
}
