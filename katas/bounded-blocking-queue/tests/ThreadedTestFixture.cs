using NUnit.Framework;

namespace Katas.BoundedBlockingQueue.Tests;

/// <summary>
/// Gives each test a token that is cancelled when the test ends: blocking calls pass it, so
/// that a failed test leaves no thread of a correct queue blocked behind it.
/// </summary>
public abstract class ThreadedTestFixture
{
    private CancellationTokenSource _testEnd = new();

    /// <summary>Cancelled when the current test ends.</summary>
    protected CancellationToken TestEnd => _testEnd.Token;

    /// <summary>A source the test may cancel itself, cancelled at the latest when the test ends.</summary>
    protected CancellationTokenSource CancelledByTestEnd() => CancellationTokenSource.CreateLinkedTokenSource(_testEnd.Token);

    [SetUp]
    public void StartTest() => _testEnd = new CancellationTokenSource();

    [TearDown]
    public void EndTest()
    {
        _testEnd.Cancel();
        _testEnd.Dispose();
    }
}
