using MlKata.Cli.Server;
using MlKata.Core.Engine;
using MlKata.Core.Engine.DotnetTest;
using MlKata.Core.Engine.Isolation;

namespace MlKata.Cli;

/// <summary>The checker a command runs with: the warm worker, or `dotnet test` for fidelity.</summary>
internal sealed class Checkers : IDisposable
{
    private readonly IDisposable? _owned;

    private Checkers(IKataChecker checker, IDisposable? owned)
    {
        Checker = checker;
        _owned = owned;
    }

    public IKataChecker Checker { get; }

    /// <summary>How many checks may run at once: one at a time through `dotnet test` (its projects are per kata), else one per worker.</summary>
    public int Parallelism { get; private init; } = 1;

    public static Checkers Create(bool dotnetTest, int workers = 1, WorkerOptions? options = null)
    {
        if (dotnetTest)
        {
            return new Checkers(new DotnetTestChecker(Repository.LocateCheckout("--dotnet-test").Root), null);
        }

        if (workers > 1)
        {
            var pool = new WorkerPool(workers, options);
            return new Checkers(pool, pool) { Parallelism = workers };
        }

        var worker = new WorkerChecker(options);
        return new Checkers(worker, worker);
    }

    /// <summary>
    /// The checker of a single `mlkata check`: through the warm check server unless
    /// <paramref name="noServer"/>, <see cref="ServerSettings.NoServerVariable"/> or the system
    /// rules one out; `dotnet test` when asked.
    /// </summary>
    public static Checkers ForOneCheck(bool dotnetTest, bool noServer)
    {
        if (dotnetTest || noServer || ServerSettings.Disabled || ServerAddress.ForThisBuild() is not { } address)
        {
            return Create(dotnetTest);
        }

        var served = new ServedChecker(new CheckServerClient(address));
        return new Checkers(served, served);
    }

    public void Dispose() => _owned?.Dispose();
}
