namespace Katas.Base62Shortener;

/// <summary>Hands out a short code per URL and resolves codes back, in one process's memory.</summary>
public sealed class UrlShortener
{
    // Codes are the base-62 numerals of 0, 1, 2, …: distinct by construction and as short as
    // they can be, where a truncated hash of the URL would sooner or later give two URLs one code.
    private readonly List<string> _urlsById = [];
    private readonly Dictionary<string, string> _codesByUrl = new(StringComparer.Ordinal);

    /// <summary>The code for <paramref name="url"/>: a new one the first time, the same one after that.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public string Shorten(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!_codesByUrl.TryGetValue(url, out var code))
        {
            code = Base62.Encode(_urlsById.Count);
            _urlsById.Add(url);
            _codesByUrl.Add(url, code);
        }

        return code;
    }

    /// <summary>The URL that <paramref name="code"/> was handed out for.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No URL was given <paramref name="code"/>.</exception>
    public string Resolve(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        long id;
        try
        {
            id = Base62.Decode(code);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new KeyNotFoundException($"No URL has the code '{code}'.", e);
        }

        return id < _urlsById.Count ? _urlsById[(int)id] : throw new KeyNotFoundException($"No URL has the code '{code}'.");
    }
}
