namespace Katas.Base62Shortener;

/// <summary>Writes non-negative 64-bit ids in base 62, the digits of <see cref="Alphabet"/>.</summary>
public static class Base62
{
    /// <summary>The 62 digits, in order of value: 0–9, then A–Z, then a–z.</summary>
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    // 62^11 > long.MaxValue > 62^10: no id needs more than 11 digits.
    private const int MaxDigits = 11;

    /// <summary>The shortest base-62 numeral of <paramref name="id"/>: "0" for 0, no leading zeros otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is negative.</exception>
    public static string Encode(long id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        Span<char> digits = stackalloc char[MaxDigits];
        var start = MaxDigits;
        do
        {
            digits[--start] = Alphabet[(int)(id % Alphabet.Length)];
            id /= Alphabet.Length;
        }
        while (id > 0);

        return new string(digits[start..]);
    }

    /// <summary>The id that <see cref="Encode"/> writes as <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="code"/> is empty, holds a character outside
    /// <see cref="Alphabet"/>, or has a leading zero (so every id has exactly one code).</exception>
    /// <exception cref="OverflowException"><paramref name="code"/> is above <see cref="long.MaxValue"/>.</exception>
    public static long Decode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length == 0 || (code.Length > 1 && code[0] == Alphabet[0]))
        {
            throw new FormatException($"'{code}' is not a base-62 code: it must be \"0\" or start with a digit other than 0.");
        }

        var id = 0L;
        foreach (var c in code)
        {
            var digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                throw new FormatException($"'{code}' holds '{c}', which is not a base-62 digit.");
            }

            // checked: a code past long.MaxValue must not wrap round to a negative id.
            id = checked((id * Alphabet.Length) + digit);
        }

        return id;
    }
}
