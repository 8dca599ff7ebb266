using MlKata.Core.Engine.Isolation;
using NUnit.Framework;

namespace Katas.Tests;

/// <summary>One warm worker for the whole run, stopped at the end.</summary>
[SetUpFixture]
public sealed class SharedWorker
{
    private static readonly Lazy<WorkerChecker> Instance = new(() => new WorkerChecker());

    public static WorkerChecker Checker => Instance.Value;

    [OneTimeTearDown]
    public void StopTheWorker()
    {
        if (Instance.IsValueCreated)
        {
            Instance.Value.Dispose();
        }
    }
}
