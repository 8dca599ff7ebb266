using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Engine.Isolation;

namespace MlKata.Cli.Server;

/// <summary>
/// Checks through the warm check server, and in this process's own worker whenever the server
/// gives no result: the learner sees the same output either way, only sooner from the server.
/// </summary>
internal sealed class ServedChecker(CheckServerClient server) : IKataChecker, IDisposable
{
    private WorkerChecker? _local;

    /// <inheritdoc />
    public KataResult Check(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName) =>
        server.TryCheck(kata, learnerFiles, runName) ?? (_local ??= new WorkerChecker()).Check(kata, learnerFiles, runName);

    public void Dispose() => _local?.Dispose();
}
