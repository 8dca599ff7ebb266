using System.Globalization;

namespace MlKata.Core;

/// <summary>
/// A count with its noun in the right number ("1 kata", "2 katas", "0 points"), so no report
/// says "1 katas" or hedges with "kata(s)".
/// </summary>
public static class Counted
{
    /// <summary>
    /// <paramref name="count"/> and <paramref name="singular"/>, or its plural when the count is
    /// not one: <paramref name="plural"/> when the noun is irregular, else the singular plus "s".
    /// </summary>
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {Noun(count, singular, plural)}";

    /// <summary>The noun alone, in the number <paramref name="count"/> asks for.</summary>
    public static string Noun(int count, string singular, string? plural = null) =>
        count == 1 ? singular : plural ?? singular + "s";
}
