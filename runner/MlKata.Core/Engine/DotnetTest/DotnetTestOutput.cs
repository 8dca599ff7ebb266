using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using MlKata.Core.Catalog;

namespace MlKata.Core.Engine.DotnetTest;

/// <summary>
/// Reads what `dotnet build` and `dotnet test` leave behind into the engine's terms: MSBuild's
/// diagnostic lines, named as the engine names files, and NUnit's own result XML (a TRX log
/// drops the [Task] and [Points] properties).
/// </summary>
internal static partial class DotnetTestOutput
{
    private const string CrashReason = "Test host process crashed :";

    /// <summary>The diagnostics in <paramref name="buildOutput"/> whose file lies under <paramref name="projectFolder"/> (all of them when null).</summary>
    public static List<BuildDiagnostic> Diagnostics(string buildOutput, string? projectFolder = null)
    {
        var under = projectFolder is null ? null : Path.GetFullPath(projectFolder).Replace('\\', '/').TrimEnd('/') + "/";
        return buildOutput.Split('\n')
            .Select(line => MsBuildDiagnostic().Match(line.Trim()))
            .Where(m => m.Success && (under is null || m.Groups["path"].Value.Replace('\\', '/').StartsWith(under, StringComparison.Ordinal)))
            .Select(m => new BuildDiagnostic(
                m.Groups["id"].Value,
                m.Groups["severity"].Value == "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                KataRelativePath(m.Groups["path"].Value),
                int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture),
                m.Groups["message"].Value,
                m.Groups["link"].Success ? m.Groups["link"].Value : null))
            .Distinct()
            .ToList();
    }

    /// <summary>Only C# errors are the learner's; a restore or MSBuild failure is the tooling's.</summary>
    public static List<BuildDiagnostic> CompileErrors(IEnumerable<BuildDiagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList();

    /// <summary>Each test case in an NUnit result file, with its [Task] and [Points].</summary>
    public static List<TestOutcome> Tests(string resultsXml) =>
        XDocument.Load(resultsXml).Descendants("test-case")
            .Select(test => new TestOutcome(
                $"{((string?)test.Attribute("classname") ?? "").Split('.').Last()}.{(string)test.Attribute("name")!}",
                (string?)test.Attribute("result") switch
                {
                    "Passed" => TestVerdict.Passed,
                    "Skipped" => TestVerdict.Skipped,
                    _ => TestVerdict.Failed,
                },
                ((string?)test.Element("failure")?.Element("message"))?.Trim(),
                (string?)test.Element("failure")?.Element("stack-trace"),
                (string?)test.Element("output"),
                Property(test, MlKata.Testing.TaskAttribute.PropertyName),
                Property(test, MlKata.Testing.PointsAttribute.PropertyName)))
            .ToList();

    /// <summary>
    /// How the test host died, from what `dotnet test` printed, as words to follow "crashed":
    /// VSTest's abort reason ("Test host process crashed : Stack overflow.") and, for a stack
    /// overflow, the innermost frame outside the runtime, which is where the recursion is.
    /// </summary>
    public static string CrashCause(string testOutput)
    {
        var lines = testOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var reasonAt = Array.FindIndex(lines, l => l.Contains(CrashReason, StringComparison.Ordinal));
        if (reasonAt < 0)
        {
            return $": {lines.LastOrDefault() ?? "dotnet test printed nothing"}";
        }

        var reason = lines[reasonAt][(lines[reasonAt].IndexOf(CrashReason, StringComparison.Ordinal) + CrashReason.Length)..].Trim();
        if (!reason.StartsWith("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            return $": {reason}";
        }

        var frame = lines.Skip(reasonAt + 1)
            .TakeWhile(l => l.StartsWith("at ", StringComparison.Ordinal))
            .Select(l => l["at ".Length..])
            .FirstOrDefault(f => !f.StartsWith("System.", StringComparison.Ordinal));
        return $" with a stack overflow{(frame is null ? "" : $" in {frame}")}: look for unbounded recursion";
    }

    // The engine names a learner file "X.cs" and a test "tests/X.cs": so does this.
    private static string KataRelativePath(string path)
    {
        var normalised = path.Replace('\\', '/');
        var source = normalised.LastIndexOf($"/{KataLayout.Source}/", StringComparison.Ordinal);
        var tests = normalised.LastIndexOf($"/{KataLayout.Tests}/", StringComparison.Ordinal);
        return source >= 0 ? normalised[(source + KataLayout.Source.Length + 2)..]
            : tests >= 0 ? normalised[(tests + 1)..]
            : Path.GetFileName(normalised);
    }

    // As in the engine: a [TestCase] method's attributes sit on its parameterised-method suite.
    private static int? Property(XElement testCase, string name) =>
        testCase.AncestorsAndSelf()
            .TakeWhile(e => (string?)e.Attribute("type") != "TestFixture")
            .Select(e => e.Element("properties")?.Elements("property").FirstOrDefault(p => (string?)p.Attribute("name") == name))
            .OfType<XElement>()
            .Select(p => int.TryParse((string?)p.Attribute("value"), out var value) ? value : (int?)null)
            .FirstOrDefault();

    [GeneratedRegex(@"^(?:\d+>)?(?<path>[^(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \((?<link>https?://[^)\s]+)\))?(?: \[[^\]]+\])?$")]
    private static partial Regex MsBuildDiagnostic();
}
