// Correct, another way: Encode appends digits least significant first and reverses once;
// Decode looks digits up in a table and checks the next step against the limit itself
// instead of relying on checked arithmetic.
using System.Text;

namespace Katas.Base62Shortener;

/// <summary>Writes non-negative 64-bit ids in base 62, the digits of <see cref="Alphabet"/>.</summary>
public static class Base62
{
    /// <summary>The 62 digits, in order of value: 0–9, then A–Z, then a–z.</summary>
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly Dictionary<char, int> ValueOf = Alphabet.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);

    /// <summary>The shortest base-62 numeral of <paramref name="id"/>.</summary>
    public static string Encode(long id)
    {
        if (id < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, "Ids are not negative.");
        }

        var reversed = new StringBuilder();
        do
        {
            reversed.Append(Alphabet[(int)(id % 62)]);
            id /= 62;
        }
        while (id != 0);

        var digits = reversed.ToString().ToCharArray();
        Array.Reverse(digits);
        return new string(digits);
    }

    /// <summary>The id that <see cref="Encode"/> writes as <paramref name="code"/>.</summary>
    public static long Decode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code == "" || (code.StartsWith('0') && code != "0"))
        {
            throw new FormatException("A code is \"0\" or starts with a digit other than 0.");
        }

        long id = 0;
        foreach (var c in code)
        {
            if (!ValueOf.TryGetValue(c, out var digit))
            {
                throw new FormatException($"'{c}' is not a base-62 digit.");
            }

            if (id > (long.MaxValue - digit) / 62)
            {
                throw new OverflowException($"'{code}' is past the largest id.");
            }

            id = (id * 62) + digit;
        }

        return id;
    }
}
