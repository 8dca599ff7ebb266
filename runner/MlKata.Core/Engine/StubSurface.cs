using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using MlKata.Core.Catalog;

namespace MlKata.Core.Engine;

/// <summary>
/// Every type and member a kata's stub declares, by documentation id: the names the canonical
/// tests may take from the learner's assembly. Computed once per kata and process.
/// </summary>
public sealed class StubSurface
{
    private static readonly ConcurrentDictionary<string, StubSurface> Cache = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids;

    private StubSurface(HashSet<string> ids) => _ids = ids;

    /// <summary>The surface of <paramref name="kata"/>'s stub.</summary>
    public static StubSurface Of(Kata kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return Cache.GetOrAdd(kata.Directory, _ =>
        {
            var stub = SubmissionCompiler.Compile($"{kata.Id}.StubSurface", kata.ReadStub().LearnerFiles, [], kata.Manifest.Gpu).Learner;
            return new StubSurface(Declared(stub.Assembly.GlobalNamespace).ToHashSet(StringComparer.Ordinal));
        });
    }

    /// <summary>Whether the stub declares <paramref name="symbol"/> (a type or member of the learner's assembly).</summary>
    public bool Declares(ISymbol symbol) => symbol.GetDocumentationCommentId() is { } id && _ids.Contains(id);

    private static IEnumerable<string> Declared(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol nested)
            {
                foreach (var id in Declared(nested))
                {
                    yield return id;
                }
            }

            if (member is not INamespaceSymbol && member.GetDocumentationCommentId() is { } memberId)
            {
                yield return memberId;
            }
        }
    }
}
