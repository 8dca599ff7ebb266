using Microsoft.CodeAnalysis;

namespace MlKata.Core.Engine;

/// <summary>A compiler or analyzer diagnostic, located by kata-relative path (never an absolute one).</summary>
/// <param name="Id">CS0103, MLK001, …</param>
/// <param name="Severity">Error, Warning, Info or Hidden.</param>
/// <param name="Path">The kata-relative file, or empty for a diagnostic with no location.</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Message">The diagnostic's message.</param>
/// <param name="HelpLink">Where the rule is documented, when it has a page.</param>
public sealed record BuildDiagnostic(string Id, DiagnosticSeverity Severity, string Path, int Line, int Column, string Message, string? HelpLink)
{
    /// <summary>Converts a Roslyn diagnostic.</summary>
    public static BuildDiagnostic From(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var (line, column) = diagnostic.Location.IsInSource ? (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1) : (0, 0);
        var helpLink = string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri;
        return new BuildDiagnostic(diagnostic.Id, diagnostic.Severity, span.Path ?? "", line, column, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), helpLink);
    }

    /// <summary>The diagnostic as a compiler prints it: <c>file(line,col): error CS0103: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}({Line},{Column}): " : Path.Length > 0 ? $"{Path}: " : "";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
    }
}
