using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MlKata.Core.Engine;

/// <summary>
/// Finds names in the canonical tests that bind to something the learner declared and the stub
/// does not: an <c>Assert</c> or <c>Is</c> of the learner's own, in the kata's namespace, wins
/// C#'s name lookup over NUnit's; so would an extension method, an overload or a return type
/// the stub never had. Each is reported at the learner's declaration, naming the test line, and
/// makes the submission invalid: the tests must mean what they say.
/// </summary>
public static class StandInCheck
{
    /// <summary>The diagnostic id of a stand-in: the submission policy's.</summary>
    public const string Id = "MLK900";

    /// <summary>The stand-ins in <paramref name="compiled"/>'s tests for a kata whose stub is <paramref name="stub"/>.</summary>
    public static IReadOnlyList<BuildDiagnostic> Find(CompilationOutcome compiled, StubSurface stub)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(stub);
        var learner = compiled.Tests.References
            .Select(compiled.Tests.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .FirstOrDefault(a => a.Name == compiled.Learner.AssemblyName);
        if (learner is null)
        {
            return [];
        }

        // The tests are another assembly: only what the learner makes public can bind there. Code
        // that adds nothing public beyond the stub (helpers are mostly private) has no stand-in,
        // and the walk over the tests' every name is skipped.
        if (!PublicBeyondTheStub(compiled.Learner.Assembly.GlobalNamespace, stub))
        {
            return [];
        }

        var found = new Dictionary<ISymbol, BuildDiagnostic>(SymbolEqualityComparer.Default);
        foreach (var tree in compiled.Tests.SyntaxTrees.Where(t => t.FilePath != SubmissionCompiler.ImplicitUsingsPath))
        {
            var model = compiled.Tests.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                foreach (var symbol in BoundSymbols(model, node).SelectMany(Constituents))
                {
                    if (SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, learner) && !stub.Declares(symbol) && !found.ContainsKey(symbol))
                    {
                        found[symbol] = Report(symbol, node);
                    }
                }
            }
        }

        return [.. found.Values.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line)];
    }

    private static bool PublicBeyondTheStub(INamespaceOrTypeSymbol container, StubSurface stub) =>
        container.GetMembers().Any(member => member switch
        {
            INamespaceSymbol ns => PublicBeyondTheStub(ns, stub),
            _ when member.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal) => false,
            _ when member.IsImplicitlyDeclared => false,
            INamedTypeSymbol type => !stub.Declares(type) || PublicBeyondTheStub(type, stub),
            _ => !stub.Declares(member),
        });

    private static IEnumerable<ISymbol?> BoundSymbols(SemanticModel model, SyntaxNode node)
    {
        var info = model.GetSymbolInfo(node);
        yield return info.Symbol;
        foreach (var candidate in info.CandidateSymbols)
        {
            yield return candidate;
        }

        if (node is ExpressionSyntax expression)
        {
            var type = model.GetTypeInfo(expression);
            yield return type.Type;
            yield return type.ConvertedType;
            yield return model.GetConversion(expression).MethodSymbol;
        }

        if (node is CommonForEachStatementSyntax loop)
        {
            var each = model.GetForEachStatementInfo(loop);
            yield return each.GetEnumeratorMethod;
            yield return each.MoveNextMethod;
            yield return each.CurrentProperty;
        }
    }

    /// <summary>The declarations a bound symbol stands for: its definition, and the types inside a constructed one.</summary>
    private static IEnumerable<ISymbol> Constituents(ISymbol? symbol)
    {
        switch (symbol)
        {
            case null or ITypeParameterSymbol or INamespaceSymbol or IParameterSymbol or ILocalSymbol or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol:
                yield break; // not declarations a name lookup could take from NUnit or the kit
            case IArrayTypeSymbol array:
                foreach (var inner in Constituents(array.ElementType))
                {
                    yield return inner;
                }

                yield break;
            case INamedTypeSymbol { IsGenericType: true } generic:
                foreach (var inner in generic.TypeArguments.SelectMany(Constituents))
                {
                    yield return inner;
                }

                break;
            case IMethodSymbol { ReducedFrom: { } extension }:
                yield return extension.OriginalDefinition;
                yield break;
        }

        yield return symbol.OriginalDefinition;
    }

    private static BuildDiagnostic Report(ISymbol symbol, SyntaxNode use)
    {
        var usedAt = use.GetLocation().GetLineSpan();
        var declaredAt = symbol.Locations.FirstOrDefault(l => l.IsInSource)?.GetLineSpan();
        var message = $"the tests' '{use.ToString().Split('\n')[0].Trim()}' ({usedAt.Path}:{usedAt.StartLinePosition.Line + 1}) binds to " +
                      $"'{symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)}', which this code declares and the kata's stub does not: " +
                      "a submission keeps the stub's public types and members and may add helpers, but none may stand in for a name the tests use";
        return declaredAt is { } at
            ? new BuildDiagnostic(Id, DiagnosticSeverity.Error, at.Path, at.StartLinePosition.Line + 1, at.StartLinePosition.Character + 1, message, null)
            : new BuildDiagnostic(Id, DiagnosticSeverity.Error, usedAt.Path, usedAt.StartLinePosition.Line + 1, usedAt.StartLinePosition.Character + 1, message, null);
    }
}
