using MlKata.Analyzers.CodeFixes;
using NUnit.Framework;
using VerifyMLK010 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK010IntegerDivisionForRatioAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK010IntegerDivisionForRatioTests
{
    [Test]
    public Task Click_through_rate_assigned_to_a_double_is_flagged() => VerifyMLK010.Diagnostics("""
        class Metrics
        {
            public double ClickThroughRate(int clicks, int impressions)
            {
                double ctr = {|MLK010:clicks / impressions|};
                return ctr;
            }
        }
        """);

    [Test]
    public Task Average_returned_as_a_double_is_flagged() => VerifyMLK010.Diagnostics("""
        class Stats
        {
            public static double Mean(long sum, int count) => {|MLK010:sum / count|};
        }
        """);

    [Test]
    public Task Precision_cast_after_the_division_is_flagged() => VerifyMLK010.Diagnostics("""
        class Confusion
        {
            public double Precision(int tp, int fp) => (double)({|MLK010:tp / (tp + fp)|});
        }
        """);

    [Test]
    public Task Quotient_passed_as_a_double_or_float_argument_or_stored_in_a_property_is_flagged() => VerifyMLK010.Diagnostics("""
        class Report
        {
            public float Share { get; private set; }
            public void Record(int hits, int total, int part, int whole)
            {
                Log({|MLK010:hits / total|});
                Share = {|MLK010:part / whole|};
            }
            private static void Log(double rate) { }
        }
        """);

    [Test]
    public Task Quotient_in_a_branch_of_a_conditional_or_a_switch_expression_is_flagged() => VerifyMLK010.Diagnostics("""
        class Metrics
        {
            public static double Accuracy(int correct, int total) => total == 0 ? 0 : {|MLK010:correct / total|};
            public static double Recall(int tp, int fn) => (tp + fn) switch
            {
                0 => 0,
                var positives => {|MLK010:tp / positives|},
            };
        }
        """);

    [Test]
    public Task Constant_double_written_as_an_integer_division_is_flagged() => VerifyMLK010.Diagnostics("""
        class Constants
        {
            public const double Half = {|MLK010:1 / 2|};
            public const decimal Third = {|MLK010:1 / 3|};
        }
        """);

    [Test]
    public Task Quotient_kept_in_an_integer_is_silent() => VerifyMLK010.Diagnostics("""
        class Indexing
        {
            public static int Midpoint(int lo, int hi) => (lo + hi) / 2;
            public static long Pages(long n, long size) => (n + size - 1) / size;
            public static int Average(int sum, int n)
            {
                int avg = sum / n;
                return avg;
            }
            public static int Remainder(int a, int b) => a % b;
            public static int Bucket(int value, int width, bool clamp) => clamp ? 0 : value / width;
        }
        """);

    [Test]
    public Task Division_with_a_floating_operand_is_silent() => VerifyMLK010.Diagnostics("""
        class Metrics
        {
            public static double Ctr(int clicks, int impressions) => clicks / (double)impressions;
            public static double Scaled(int a, int b) => 1.0 * a / b;
            public static double Cast(int a, int b) => (double)a / b;
            public static double Ratio(double a, double b) => a / b;
            public static float Share(float part, int whole) => part / whole;
        }
        """);

    [Test]
    public Task Fix_casts_the_dividend_of_a_rate() => VerifyMLK010.Fix<MLK010IntegerDivisionForRatioCodeFix>("""
        class Metrics
        {
            public double ClickThroughRate(int clicks, int impressions)
            {
                double ctr = {|MLK010:clicks / impressions|};
                return ctr;
            }
        }
        """, """
        class Metrics
        {
            public double ClickThroughRate(int clicks, int impressions)
            {
                double ctr = (double)clicks / impressions;
                return ctr;
            }
        }
        """);

    [Test]
    public Task Fix_keeps_the_parentheses_a_compound_dividend_needs_and_casts_to_float() => VerifyMLK010.Fix<MLK010IntegerDivisionForRatioCodeFix>("""
        class Report
        {
            public float Percent(int hits, int total) => {|MLK010:hits * 100 / total|};
        }
        """, """
        class Report
        {
            public float Percent(int hits, int total) => (float)(hits * 100) / total;
        }
        """);

    [Test]
    public Task Fix_moves_a_cast_of_the_quotient_onto_the_dividend() => VerifyMLK010.Fix<MLK010IntegerDivisionForRatioCodeFix>("""
        class Confusion
        {
            public double Precision(int tp, int fp) => (double)({|MLK010:tp / (tp + fp)|});
            public double Recall(int tp, int fn) => 2.0 / (double)({|MLK010:tp / (tp + fn)|});
        }
        """, """
        class Confusion
        {
            public double Precision(int tp, int fp) => (double)tp / (tp + fp);
            public double Recall(int tp, int fn) => 2.0 / ((double)tp / (tp + fn));
        }
        """);
}
