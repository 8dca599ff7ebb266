using System.Globalization;
using System.Xml.Linq;
using MlKata.Core.Engine;
using MlKata.Core.Grading;

namespace MlKata.Core.Reports;

/// <summary>
/// junit.xml: a test suite per (learner, kata), a test case per canonical test; a kata that
/// did not run its tests (compile error, crash, missing…) is one errored case saying why,
/// so CI test reporters show every row.
/// </summary>
public static class JUnitReport
{
    /// <summary>The file name in a report folder.</summary>
    public const string FileName = "junit.xml";

    /// <summary>The rows as a JUnit XML document.</summary>
    public static XDocument Write(IReadOnlyList<GradeRow> rows)
    {
        var suites = rows.Select(Suite).ToList();
        return new XDocument(new XElement("testsuites",
            new XAttribute("name", "mlkata grade"),
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            new XAttribute("errors", suites.Sum(s => (int)s.Attribute("errors")!)),
            suites));
    }

    // Every name and message goes in through Text or Attribute: the writer escapes markup, and
    // XmlText replaces what XML 1.0 cannot hold at all.
    private static XElement Suite(GradeRow row)
    {
        var className = $"{row.Learner}.{row.KataId}";
        var cases = row.Tests.Count > 0
            ? row.Tests.Select(t => Case(className, t)).ToList()
            : [new XElement("testcase", Attribute("classname", className), new XAttribute("name", row.Status.ToString()),
                row.Status == GradeStatus.Passed ? null : new XElement("error", Attribute("message", row.Message), Text(row.Message)))];
        return new XElement("testsuite",
            Attribute("name", $"{row.Learner}/{row.KataId}"),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
            new XAttribute("errors", cases.Count(c => c.Element("error") is not null)),
            new XAttribute("time", row.Seconds.ToString("0.###", CultureInfo.InvariantCulture)),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "status"), new XAttribute("value", row.Status)),
                new XElement("property", new XAttribute("name", "points"), new XAttribute("value", $"{row.Points}/{row.MaxPoints}"))),
            cases);
    }

    private static XElement Case(string className, TestOutcome test) => new("testcase",
        Attribute("classname", className),
        Attribute("name", test.Name),
        test.Verdict switch
        {
            TestVerdict.Passed => null,
            TestVerdict.Skipped => new XElement("skipped"),
            TestVerdict.TimedOut => new XElement("error", Attribute("message", test.Summary), Text(test.Message)),
            _ => new XElement("failure", Attribute("message", test.Summary), Text(test.Message)),
        });

    private static XAttribute Attribute(string name, string value) => new(name, XmlText.Clean(value));

    private static string? Text(string? text) => text is null ? null : XmlText.Clean(text);
}
