// Correct, another way: a counter for ids and two dictionaries, URL to code and code to URL,
// so Resolve never decodes.
namespace Katas.Base62Shortener;

/// <summary>Hands out a short code per URL and resolves codes back, in one process's memory.</summary>
public sealed class UrlShortener
{
    private readonly Dictionary<string, string> _codeOf = [];
    private readonly Dictionary<string, string> _urlOf = [];
    private long _nextId = 1;

    /// <summary>The code for <paramref name="url"/>.</summary>
    public string Shorten(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (_codeOf.TryGetValue(url, out var code))
        {
            return code;
        }

        code = Base62.Encode(_nextId++);
        _codeOf[url] = code;
        _urlOf[code] = url;
        return code;
    }

    /// <summary>The URL that <paramref name="code"/> was handed out for.</summary>
    public string Resolve(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _urlOf.TryGetValue(code, out var url) ? url : throw new KeyNotFoundException(code);
    }
}
