using MlKata.Core.Engine;
using MlKata.Core.Grading;

namespace MlKata.Core.Tests;

/// <summary>
/// A study group's grading run with fixed names, messages, points and times (no clock, no
/// machine path): what the scoreboard and the golden reports are built from. Every status a
/// report shows differently is here, with messages that need escaping in HTML, XML and Markdown.
/// </summary>
internal static class SampleGradeRows
{
    /// <summary>alice's sliding-window-average: a pass, an assertion failure with output, and a test cut off by the time limit.</summary>
    public static readonly TestOutcome[] WindowTests =
    [
        new("SlidingWindowTests.Average_of_the_last_n_values", TestVerdict.Passed, null, null, null, 1, 15),
        new("SlidingWindowTests.Add_is_constant_time", TestVerdict.Failed,
            "Assert.That(ratio, Is.LessThan(4))\n  Expected: less than 4\n  But was:  97.5\n", "at SlidingWindowTests.Add_is_constant_time()", "sizes 1000 | 100000", 2, 4),
        new("SlidingWindowTests.Huge_window", TestVerdict.TimedOut, "cut off after the kata's time limit of 20 s", null, null, 2, 2),
    ];

    /// <summary>Every row, graded in the sandbox with one seed, as a grade run records them.</summary>
    public static readonly GradeRow[] All = Graded().Select(r => r with { Seed = 20261126, Sandbox = GradingConditions.Bubblewrap }).ToArray();

    private static GradeRow[] Graded() =>
    [
        new("alice", "dense-relu-layer", GradeStatus.Passed, 22, 22, "all tests passed",
            [new("DenseReluLayerTests.Forward_adds_the_bias", TestVerdict.Passed, null, null, null, 1, 22)], 1.25),
        new("alice", "sliding-window-average", GradeStatus.Failed, 15, 21, "2 of 3 tests did not pass", WindowTests, 2.5),
        new("bob", "dense-relu-layer", GradeStatus.CompileError, 0, 22, "does not compile: <script>alert(1)</script> & \"more\"", [], 0.75),
        new("bob", "sliding-window-average", GradeStatus.Passed, 21, 21, "all 14 tests passed", [], 1),
        new("carol", "dense-relu-layer", GradeStatus.Crashed, 0, 22, "crashed with a stack overflow\n   at Layer.Forward()", [], 1),
        new("carol", "sliding-window-average", GradeStatus.Missing, 0, 21, "no folder for this kata", [], 0),
        new("dan", "dense-relu-layer", GradeStatus.TimedOut, 4, 22, "timed out after 120 s",
            [
                new("DenseReluLayerTests.Forward_adds_the_bias", TestVerdict.Passed, null, null, null, 1, 4),
                new("DenseReluLayerTests.Batch_forward", TestVerdict.TimedOut, "cut off after the kata's time limit of 120 s", null, null, 2, 18),
            ], 120.0004),
        new("dan", "sliding-window-average", GradeStatus.Passed, 21, 21, "all 14 tests passed", [], 1),
        new("erin", "softmax", GradeStatus.Invalid, 0, 26, "src/Softmax.cs missing from erin/softmax: the kata's code lives there.", [], 0),
    ];
}
