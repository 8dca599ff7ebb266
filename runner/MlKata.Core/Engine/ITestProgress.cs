namespace MlKata.Core.Engine;

/// <summary>
/// Told of each test as it starts and finishes, while the run goes on: a worker streams these
/// to its host, so that when learner code kills the worker, the host still knows which tests
/// finished, which one was running, and which were still to come.
/// </summary>
public interface ITestProgress
{
    /// <summary>The run is about to start these tests (their names, tasks and points; verdicts not yet known).</summary>
    void Planned(IReadOnlyList<TestOutcome> tests);

    /// <summary>A test started.</summary>
    void Started(string testName);

    /// <summary>A test finished with <paramref name="outcome"/>.</summary>
    void Finished(TestOutcome outcome);
}
