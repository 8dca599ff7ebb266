using System.Collections.Concurrent;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Engine.Isolation;
using NUnit.Framework;

[assembly: LevelOfParallelism(2)]

namespace Katas.Tests;

/// <summary>
/// The workers of the whole run, one per core, stopped at the end; and the engine's verdict on
/// each set of learner files, computed once however many tests ask (the variant's own test and
/// the equivalence test compare against the same run).
/// </summary>
[SetUpFixture]
public sealed class SharedWorker
{
    private static readonly Lazy<WorkerPool> Pool = new(() => new WorkerPool(Environment.ProcessorCount));
    private static readonly ConcurrentDictionary<string, Lazy<KataResult>> Results = new(StringComparer.Ordinal);

    /// <summary>Checks in the pool, remembering each verdict by kata and learner files.</summary>
    public static IKataChecker Checker { get; } = new Remembering();

    [OneTimeTearDown]
    public void StopTheWorkers()
    {
        if (Pool.IsValueCreated)
        {
            Pool.Value.Dispose();
        }
    }

    private sealed class Remembering : IKataChecker
    {
        public KataResult Check(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName)
        {
            var key = string.Join('\0', [kata.Id, .. learnerFiles.SelectMany(f => new[] { f.Path, f.Text })]);
            return Results.GetOrAdd(key, _ => new Lazy<KataResult>(() => Pool.Value.Check(kata, learnerFiles, runName))).Value;
        }
    }
}
