using System.Globalization;
using System.Numerics;
using NUnit.Framework;

namespace MlKata.Testing;

/// <summary>
/// Floating-point asserts with explicit tolerances. A value passes when
/// <c>|actual - expected| &lt;= absolute + relative * |expected|</c>; NaN matches only NaN and an
/// infinity only the same infinity. Failures name the first index that differs, because
/// "arrays differ" alone sends a learner hunting.
/// </summary>
public static class NumericAssert
{
    /// <summary>Asserts that a scalar is within tolerance of the expected value.</summary>
    public static void Close<T>(T expected, T actual, T absolute, T relative = default, string? what = null)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (!IsClose(expected, actual, absolute, relative))
        {
            Assert.Fail($"{what ?? "value"}: expected {Show(expected)} ± {Describe(expected, absolute, relative)}, but was {Show(actual)}");
        }
    }

    /// <summary>
    /// Asserts that two vectors have the same length and are element-wise within tolerance.
    /// Arrays and collection expressions convert to spans, so this serves them too.
    /// </summary>
    public static void Close<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual, T absolute, T relative = default, string? what = null)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (expected.Length != actual.Length)
        {
            Assert.Fail($"{what ?? "vector"}: expected length {expected.Length}, but was {actual.Length}");
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (!IsClose(expected[i], actual[i], absolute, relative))
            {
                Assert.Fail($"{what ?? "vector"}[{i}]: expected {Show(expected[i])} ± {Describe(expected[i], absolute, relative)}, but was {Show(actual[i])} (first of {CountMismatches(expected, actual, absolute, relative)} differing elements)");
            }
        }
    }

    /// <summary>Asserts that two matrices have the same shape and are element-wise within tolerance.</summary>
    public static void Close<T>(T[,] expected, T[,] actual, T absolute, T relative = default, string? what = null)
        where T : struct, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(expected);
        var name = what ?? "matrix";
        Assert.That(actual, Is.Not.Null, $"{name} is null");
        var (rows, cols) = (expected.GetLength(0), expected.GetLength(1));
        if (actual.GetLength(0) != rows || actual.GetLength(1) != cols)
        {
            Assert.Fail($"{name}: expected shape [{rows}, {cols}], but was [{actual.GetLength(0)}, {actual.GetLength(1)}]");
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                if (!IsClose(expected[r, c], actual[r, c], absolute, relative))
                {
                    Assert.Fail($"{name}[{r}, {c}]: expected {Show(expected[r, c])} ± {Describe(expected[r, c], absolute, relative)}, but was {Show(actual[r, c])}");
                }
            }
        }
    }

    /// <summary>Whether <paramref name="actual"/> is within tolerance of <paramref name="expected"/>.</summary>
    public static bool IsClose<T>(T expected, T actual, T absolute, T relative = default)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (T.IsNaN(expected) || T.IsNaN(actual))
        {
            return T.IsNaN(expected) && T.IsNaN(actual);
        }

        if (T.IsInfinity(expected) || T.IsInfinity(actual))
        {
            return expected == actual;
        }

        return T.Abs(actual - expected) <= absolute + relative * T.Abs(expected);
    }

    private static int CountMismatches<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual, T absolute, T relative)
        where T : struct, IFloatingPointIeee754<T>
    {
        var count = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (!IsClose(expected[i], actual[i], absolute, relative))
            {
                count++;
            }
        }

        return count;
    }

    private static string Describe<T>(T expected, T absolute, T relative)
        where T : struct, IFloatingPointIeee754<T> =>
        Show(absolute + relative * T.Abs(expected));

    private static string Show<T>(T value)
        where T : struct, IFloatingPointIeee754<T> =>
        value.ToString("R", CultureInfo.InvariantCulture);
}
