using System.Text;
using System.Xml;

namespace MlKata.Core.Reports;

/// <summary>
/// Text from a submission made fit for XML 1.0. The XML writer escapes markup itself, but
/// throws on the characters XML 1.0 forbids (most control characters, a lone surrogate),
/// which a message or a folder name may hold: those become U+FFFD, as a decoder shows
/// what it cannot read.
/// </summary>
internal static class XmlText
{
    /// <summary><paramref name="text"/> with every character XML 1.0 forbids replaced.</summary>
    public static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);

        // By rune, which turns a lone surrogate into U+FFFD; every rune beyond the BMP is allowed.
        foreach (var rune in text.EnumerateRunes())
        {
            clean.Append(rune.IsBmp && !XmlConvert.IsXmlChar((char)rune.Value) ? Rune.ReplacementChar : rune);
        }

        return clean.ToString();
    }
}
