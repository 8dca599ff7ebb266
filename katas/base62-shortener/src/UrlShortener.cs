namespace Katas.Base62Shortener;

/// <summary>Hands out a short code per URL and resolves codes back, in one process's memory.</summary>
public sealed class UrlShortener
{
    /// <summary>The code for <paramref name="url"/>: a new one the first time, the same one after that.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public string Shorten(string url)
    {
        throw new NotImplementedException();
    }

    /// <summary>The URL that <paramref name="code"/> was handed out for.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No URL was given <paramref name="code"/>.</exception>
    public string Resolve(string code)
    {
        throw new NotImplementedException();
    }
}
