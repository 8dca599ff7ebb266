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

    public static Checkers Create(bool dotnetTest)
    {
        if (dotnetTest)
        {
            return new Checkers(new DotnetTestChecker(Repository.Locate().Root), null);
        }

        var worker = new WorkerChecker();
        return new Checkers(worker, worker);
    }

    public void Dispose() => _owned?.Dispose();
}
