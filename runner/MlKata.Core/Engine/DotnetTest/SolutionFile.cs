using System.Security;

namespace MlKata.Core.Engine.DotnetTest;

/// <summary>
/// An .slnx solution listing many projects, so that one `dotnet build` restores them once and
/// builds them on MSBuild's parallel nodes, and one `dotnet test` runs them all.
/// </summary>
internal static class SolutionFile
{
    /// <summary>The text of a solution in <paramref name="folder"/> listing <paramref name="projects"/> (full paths or paths relative to it).</summary>
    public static string Render(string folder, IEnumerable<string> projects) =>
        "<Solution>\n" +
        string.Concat(projects
            .Select(p => Path.GetRelativePath(folder, Path.Combine(folder, p)).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => $"  <Project Path=\"{SecurityElement.Escape(p)}\" />\n")) +
        "</Solution>\n";
}
