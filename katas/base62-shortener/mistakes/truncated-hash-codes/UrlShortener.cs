// Wrong: the code is the first four base-62 digits of a SHA-256 hash of the URL. It is short
// and the same in every process, but 62^4 codes cannot keep 100 000 URLs apart: many share a
// code, and the later URL overwrites the earlier one's entry.
using System.Security.Cryptography;
using System.Text;

namespace Katas.Base62Shortener;

/// <summary>Hands out a short code per URL and resolves codes back, in one process's memory.</summary>
public sealed class UrlShortener
{
    private readonly Dictionary<string, string> _urlsByCode = new(StringComparer.Ordinal);

    /// <summary>The code for <paramref name="url"/>: a new one the first time, the same one after that.</summary>
    public string Shorten(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var hash = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(url))) & long.MaxValue;
        var code = Base62.Encode(hash % (62L * 62 * 62 * 62));
        _urlsByCode[code] = url;
        return code;
    }

    /// <summary>The URL that <paramref name="code"/> was handed out for.</summary>
    public string Resolve(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _urlsByCode.TryGetValue(code, out var url) ? url : throw new KeyNotFoundException($"No URL has the code '{code}'.");
    }
}
