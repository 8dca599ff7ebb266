using MlKata.Testing;
using NUnit.Framework;

namespace Katas.Base62Shortener.Tests;

public sealed class Base62Tests
{
    private const string LargestCode = "AzL8n0Y58m7"; // long.MaxValue

    [TestCase(0L, "0")]
    [TestCase(9L, "9")]
    [TestCase(10L, "A")]
    [TestCase(35L, "Z")]
    [TestCase(36L, "a")]
    [TestCase(61L, "z")]
    [Task(1), Points(1)]
    public void Encode_writes_one_digit_below_62(long id, string expected)
    {
        Assert.That(Base62.Encode(id), Is.EqualTo(expected));
    }

    [TestCase(62L, "10")]
    [TestCase(63L, "11")]
    [TestCase(3_843L, "zz")]
    [TestCase(3_844L, "100")]
    [TestCase(long.MaxValue, LargestCode)]
    [Task(1), Points(1)]
    public void Encode_writes_the_most_significant_digit_first(long id, string expected)
    {
        Assert.That(Base62.Encode(id), Is.EqualTo(expected));
    }

    [TestCase(-1L)]
    [TestCase(long.MinValue)]
    [Task(1), Points(1)]
    public void Encode_rejects_a_negative_id(long id)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Base62.Encode(id));
    }

    [TestCase("0", 0L)]
    [TestCase("z", 61L)]
    [TestCase("10", 62L)]
    [TestCase("100", 3_844L)]
    [TestCase(LargestCode, long.MaxValue)]
    [Task(2), Points(1)]
    public void Decode_reads_what_Encode_writes(string code, long expected)
    {
        Assert.That(Base62.Decode(code), Is.EqualTo(expected));
    }

    [Test, Task(2), Points(2)]
    public void Every_id_round_trips_on_seeded_ids_of_every_magnitude()
    {
        var random = SeededData.Random(62);
        var ids = new List<long> { 0, 1, 61, 62, int.MaxValue, (long)int.MaxValue + 1, long.MaxValue - 1, long.MaxValue };

        // Random bits, then a random number of them kept: ids of every length from 1 to 11 digits.
        ids.AddRange(Enumerable.Range(0, 2_000).Select(_ => random.NextInt64(long.MaxValue) >> random.Next(63)));

        Assert.Multiple(() =>
        {
            foreach (var id in ids)
            {
                var code = Base62.Encode(id);
                Assert.That(Base62.Decode(code), Is.EqualTo(id), $"id {id} encoded as '{code}'");
            }
        });
    }

    [TestCase("")]
    [TestCase("-1")]
    [TestCase("a b")]
    [TestCase("é")]
    [TestCase("1+")]
    [Task(2), Points(1)]
    public void Decode_rejects_what_is_not_a_code(string code)
    {
        Assert.Throws<FormatException>(() => Base62.Decode(code));
    }

    [TestCase("00")]
    [TestCase("01")]
    [TestCase("0zz")]
    [Task(2), Points(1)]
    public void Decode_rejects_a_leading_zero_so_every_id_has_one_code(string code)
    {
        Assert.Throws<FormatException>(() => Base62.Decode(code));
    }

    [TestCase("AzL8n0Y58m8")]
    [TestCase("zzzzzzzzzzz")]
    [TestCase("100000000000")]
    [Task(2), Points(1)]
    public void Decode_rejects_a_code_past_the_largest_id_instead_of_wrapping_round(string code)
    {
        Assert.Throws<OverflowException>(() => Base62.Decode(code));
    }

    [Test, Task(2), Points(1)]
    public void Decode_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => Base62.Decode(null!));
    }
}
