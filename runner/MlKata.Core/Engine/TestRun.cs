namespace MlKata.Core.Engine;

/// <summary>How a run of a test assembly ended.</summary>
public enum TestRunEnd
{
    /// <summary>Every test ran to a verdict.</summary>
    Completed,

    /// <summary>The time limit ran out; the tests that finished keep their verdicts.</summary>
    TimedOut,

    /// <summary>The assembly could not be loaded or holds no tests.</summary>
    LoadFailed,
}

/// <summary>The outcome of running one compiled kata's tests.</summary>
public sealed record TestRun(TestRunEnd End, IReadOnlyList<TestOutcome> Tests, string? Message);
