namespace MlKata.Core.Engine;

/// <summary>
/// Told of each test as it starts and finishes, while the run goes on: a worker streams these
/// to its host, so that when learner code kills the worker, the host still knows which tests
/// finished and which one was running.
/// </summary>
public interface ITestProgress
{
    /// <summary>A test started.</summary>
    void Started(string testName);

    /// <summary>A test finished with <paramref name="outcome"/>.</summary>
    void Finished(TestOutcome outcome);
}
