using System.Net;

namespace MlKata.Core.Reports;

/// <summary>
/// The one way text enters an HTML report: learner names, kata ids, test names and messages
/// come from submissions, and must show as text, never as markup (in inline SVG too).
/// </summary>
internal static class HtmlText
{
    /// <summary><paramref name="text"/> encoded for an element's content or a quoted attribute.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
