using MlKata.Testing;
using NUnit.Framework;

namespace Katas.Base62Shortener.Tests;

public sealed class UrlShortenerTests
{
    [Test, Task(3), Points(1)]
    public void A_code_resolves_to_its_url()
    {
        var shortener = new UrlShortener();

        var code = shortener.Shorten("https://example.com/models/resnet-50");

        Assert.That(shortener.Resolve(code), Is.EqualTo("https://example.com/models/resnet-50"));
    }

    [Test, Task(3), Points(1)]
    public void The_same_url_keeps_its_code()
    {
        var shortener = new UrlShortener();
        var first = shortener.Shorten("https://example.com/a");
        shortener.Shorten("https://example.com/b");

        Assert.That(shortener.Shorten("https://example.com/a"), Is.EqualTo(first));
    }

    [Test, Task(3), Points(3)]
    public void A_hundred_thousand_urls_get_distinct_short_codes_that_resolve_back()
    {
        var shortener = new UrlShortener();
        var urls = SeededUrls(100_000);

        var codes = urls.Select(shortener.Shorten).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(codes.Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(urls.Count), "distinct URLs must get distinct codes");
            Assert.That(codes.Max(c => c.Length), Is.LessThanOrEqualTo(4), "100 000 ids need 3 base-62 digits; a code of 5 or more is not a short id");
            var wrong = Enumerable.Range(0, urls.Count).Where(i => shortener.Resolve(codes[i]) != urls[i]).Take(3).ToList();
            Assert.That(wrong, Is.Empty, "URLs whose code resolves to another URL, by index");
        });
    }

    [Test, Task(3), Points(1)]
    public void A_code_never_handed_out_is_not_found()
    {
        var shortener = new UrlShortener();
        var code = shortener.Shorten("https://example.com/only");

        Assert.Multiple(() =>
        {
            // The codes of the first few ids, but for the one handed out: a shortener may start its
            // counter anywhere, and the id just past the last one given is where bounds go wrong.
            var neighbours = Enumerable.Range(0, 4).Select(id => Base62.Encode(id)).Where(c => c != code);
            foreach (var unknown in neighbours.Concat([code + "0", "zzzz", "!!", "", "AzL8n0Y58m8"]))
            {
                Assert.Throws<KeyNotFoundException>(() => shortener.Resolve(unknown), $"'{unknown}'");
            }
        });
    }

    [Test, Task(3), Points(1)]
    public void Null_is_rejected()
    {
        var shortener = new UrlShortener();

        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentNullException>(() => shortener.Shorten(null!), "Shorten(null)");
            Assert.Throws<ArgumentNullException>(() => shortener.Resolve(null!), "Resolve(null)");
        });
    }

    private static List<string> SeededUrls(int count)
    {
        var random = SeededData.Random(count);
        return Enumerable.Range(0, count)
            .Select(i => $"https://example.com/{random.Next():x8}/{i}")
            .ToList();
    }
}
