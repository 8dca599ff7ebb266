using MlKata.Core.Mutation;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// Stryker's JSON report (mutation-testing-elements, schema 2, as Stryker.NET 5.1 writes it)
/// read into mutants, a score over the valid ones and survivors that name the code they changed.
/// </summary>
public sealed class MutationReportParserTests
{
    // Trimmed from a real report on sliding-window-average: 1-based lines and columns, end exclusive.
    private const string Report = """
        {
          "schemaVersion": "2",
          "thresholds": { "high": 80, "low": 60 },
          "projectRoot": "/repo/artifacts/mutate/window/solution",
          "files": {
            "/repo/artifacts/mutate/window/solution/Window.cs": {
              "language": "cs",
              "source": "class Window\n{\n    double Average() => _count == 0\n        ? throw new InvalidOperationException(\"The window is empty.\")\n        : _sum / _count;\n    void Add() { _count++; }\n}\n",
              "mutants": [
                { "id": "0", "mutatorName": "Equality mutation", "replacement": "_count != 0", "location": { "start": { "line": 3, "column": 25 }, "end": { "line": 3, "column": 36 } }, "status": "Killed", "static": false, "coveredBy": ["t1"], "killedBy": ["t1"] },
                { "id": "1", "mutatorName": "String mutation", "replacement": "\"\"", "location": { "start": { "line": 4, "column": 47 }, "end": { "line": 4, "column": 69 } }, "status": "Survived", "static": false, "coveredBy": ["t1"] },
                { "id": "2", "mutatorName": "Arithmetic mutation", "replacement": "_sum * _count", "location": { "start": { "line": 5, "column": 11 }, "end": { "line": 5, "column": 24 } }, "status": "Timeout", "static": false },
                { "id": "3", "mutatorName": "Conditional (true) mutation", "replacement": "(true?throw new InvalidOperationException(\"The window is empty.\")\n:_sum / _count)", "location": { "start": { "line": 3, "column": 25 }, "end": { "line": 5, "column": 24 } }, "status": "NoCoverage", "static": false },
                { "id": "4", "mutatorName": "Block removal mutation", "replacement": "{}", "location": { "start": { "line": 6, "column": 16 }, "end": { "line": 6, "column": 29 } }, "status": "Ignored", "statusReason": "Removed by block already covered filter", "static": false },
                { "id": "5", "mutatorName": "PostIncrementExpression to PostDecrementExpression mutation", "replacement": "_count--", "location": { "start": { "line": 6, "column": 18 }, "end": { "line": 6, "column": 26 } }, "status": "CompileError", "static": false }
              ]
            }
          },
          "testFiles": {}
        }
        """;

    [Test]
    public void The_score_is_caught_over_valid_mutants()
    {
        var report = MutationReportParser.Parse(Report);

        Assert.Multiple(() =>
        {
            Assert.That(report.Mutants, Has.Count.EqualTo(6));
            Assert.That(report.Detected, Is.EqualTo(2), "killed + timeout");
            Assert.That(report.Valid, Is.EqualTo(4), "killed + timeout + survived + no coverage; not ignored, not compile errors");
            Assert.That(report.Score, Is.EqualTo(50.0));
            Assert.That(report.Count(MutantStatus.Ignored), Is.EqualTo(1));
            Assert.That(report.Count(MutantStatus.CompileError), Is.EqualTo(1));
        });
    }

    [Test]
    public void Missed_mutants_name_file_line_mutator_and_the_code_they_changed()
    {
        var report = MutationReportParser.Parse(Report);

        Assert.That(report.Missed.Select(m => m.ToString()), Is.EqualTo(new[]
        {
            "Window.cs:4: String mutation: \"The window is empty.\" -> \"\"",
            // Whitespace runs become one space and text past 80 characters is cut, so each mutant stays on one line.
            "Window.cs:3: Conditional (true) mutation: _count == 0 ? throw new InvalidOperationException(\"The window is empty.\") : _su… -> (true?throw new InvalidOperationException(\"The window is empty.\") :_sum / _coun…",
        }));
    }

    [Test]
    public void A_report_without_valid_mutants_has_no_score()
    {
        var report = MutationReportParser.Parse("""{ "schemaVersion": "2", "files": {} }""");

        Assert.That(report.Score, Is.Null);
    }

    [TestCase("not json")]
    [TestCase("""{ "schemaVersion": "2" }""")]
    [TestCase("""{ "files": { "A.cs": { "source": "x", "mutants": [ { "status": "Exploded" } ] } } }""")]
    public void Anything_else_is_a_format_error(string json)
    {
        Assert.That(() => MutationReportParser.Parse(json), Throws.TypeOf<FormatException>());
    }
}
