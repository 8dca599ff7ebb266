namespace Katas.Base62Shortener;

/// <summary>Writes non-negative 64-bit ids in base 62, the digits of <see cref="Alphabet"/>.</summary>
public static class Base62
{
    /// <summary>The 62 digits, in order of value: 0–9, then A–Z, then a–z.</summary>
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>The shortest base-62 numeral of <paramref name="id"/>: "0" for 0, no leading zeros otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is negative.</exception>
    public static string Encode(long id)
    {
        throw new NotImplementedException();
    }

    /// <summary>The id that <see cref="Encode"/> writes as <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="code"/> is empty, holds a character outside
    /// <see cref="Alphabet"/>, or has a leading zero (so every id has exactly one code).</exception>
    /// <exception cref="OverflowException"><paramref name="code"/> is above <see cref="long.MaxValue"/>.</exception>
    public static long Decode(string code)
    {
        throw new NotImplementedException();
    }
}
