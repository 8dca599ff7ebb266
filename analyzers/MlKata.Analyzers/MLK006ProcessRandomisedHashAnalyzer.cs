using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK006: a hash that is randomised per process (<see cref="RandomisedHashes"/>) whose value,
/// within the method that computes it, is used where other processes must agree
/// (<see cref="HashPlacement"/>): a placement by <c>%</c>, a position on a hash ring, a file or
/// stream. A method of the same type that returns such a hash is followed into its callers
/// (<c>_ring.Add(Hash(node), node)</c>). Silent in GetHashCode and Equals; in types that are
/// themselves in-memory hashed structures, placing by <c>%</c> is silent too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK006ProcessRandomisedHashAnalyzer : MlkAnalyzer
{
    /// <summary>Set on a diagnostic whose hash is <c>s.GetHashCode()</c> of a string: the fix can hash <c>s</c> with SHA-256 instead.</summary>
    public const string StringHashProperty = "StringHash";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.ProcessRandomisedHash];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var hashes = RandomisedHashes.From(start.Compilation);
            var placement = HashPlacement.From(start.Compilation);
            start.RegisterSymbolStartAction(type => AnalyzeType(type, hashes, placement), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolStartAnalysisContext type, RandomisedHashes hashes, HashPlacement placement)
    {
        var symbol = (INamedTypeSymbol)type.Symbol;
        var inMemoryStructure = placement.IsInMemoryStructure(symbol);
        var sources = new ConcurrentBag<Source>();
        var ownCalls = new ConcurrentBag<(IInvocationOperation Call, ISymbol Member)>();
        type.RegisterOperationAction(context =>
        {
            var member = Member(context.ContainingSymbol);
            if (!SymbolEqualityComparer.Default.Equals(member.ContainingType, symbol) || HashPlacement.IsHashingMember(member))
            {
                return;
            }

            var call = (IInvocationOperation)context.Operation;
            if (hashes.Describe(call) is { } what)
            {
                sources.Add(new Source(call, what, member));
            }
            else if (SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType?.OriginalDefinition, symbol))
            {
                ownCalls.Add((call, member));
            }
        }, OperationKind.Invocation);

        type.RegisterSymbolEndAction(context => Report(context, sources, ownCalls, placement, inMemoryStructure));
    }

    /// <summary>
    /// Follows each hash, and each call of a method of this type that returns one, to its uses;
    /// reports a hash once, where it is computed, for the first use that needs it stable.
    /// </summary>
    private static void Report(SymbolAnalysisContext context, IEnumerable<Source> sources, IReadOnlyCollection<(IInvocationOperation Call, ISymbol Member)> ownCalls, HashPlacement placement, bool inMemoryStructure)
    {
        var reported = new HashSet<IOperation>();
        var returning = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var work = new Queue<(IInvocationOperation Value, Source Origin, ISymbol Member)>(
            sources.OrderBy(s => s.Call.Syntax.SyntaxTree.FilePath).ThenBy(s => s.Call.Syntax.SpanStart).Select(s => (s.Call, s, s.Member)));
        while (work.Count > 0)
        {
            var (value, origin, member) = work.Dequeue();
            foreach (var use in placement.Follow(value).Uses)
            {
                if (!reported.Contains(origin.Call) && placement.Placement(use, member, HashedNames(value), inMemoryStructure) is { } how)
                {
                    reported.Add(origin.Call);
                    context.ReportDiagnostic(Create(HelpLinks.For(Rules.ProcessRandomisedHash, context.Options), origin, member, how, use));
                }

                if (HashPlacement.IsReturnedFromMember(use) && member is IMethodSymbol method && returning.Add(method.OriginalDefinition))
                {
                    foreach (var (call, caller) in ownCalls.Where(c => SymbolEqualityComparer.Default.Equals(c.Call.TargetMethod.OriginalDefinition, method.OriginalDefinition)))
                    {
                        work.Enqueue((call, origin, caller));
                    }
                }
            }
        }
    }

    private static Diagnostic Create(DiagnosticDescriptor rule, Source origin, ISymbol member, string how, ValueUse use)
    {
        var elsewhere = !SymbolEqualityComparer.Default.Equals(member, origin.Member);
        var properties = IsStringGetHashCode(origin.Call)
            ? ImmutableDictionary<string, string?>.Empty.Add(StringHashProperty, "true")
            : ImmutableDictionary<string, string?>.Empty;
        return Diagnostic.Create(
            rule,
            origin.Call.Syntax.GetLocation(),
            elsewhere ? [use.Consumer.Syntax.GetLocation()] : [],
            properties,
            origin.What,
            elsewhere ? $"{how} in '{HashPlacement.MemberName(member)}'" : how);
    }

    // s.GetHashCode() of a string, the one form a fix can rewrite without knowing more.
    private static bool IsStringGetHashCode(IInvocationOperation call) =>
        call.TargetMethod is { Name: "GetHashCode", IsStatic: false, Parameters.IsEmpty: true, ContainingType.SpecialType: SpecialType.System_String } && call.Instance is not null;

    // The names of what was hashed (the receiver and the arguments): HashCode.Combine(user, experiment) is about an experiment.
    private static IEnumerable<string> HashedNames(IInvocationOperation call) =>
        call.Arguments.Select(a => a.Value).Prepend(call.Instance).Select(o => o.ReferencedSymbol()?.Name).OfType<string>();

    // Lambdas and local functions belong to the member they are written in.
    private static ISymbol Member(ISymbol symbol)
    {
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction, ContainingSymbol: { } outer })
        {
            symbol = outer;
        }

        return symbol;
    }

    private sealed class Source(IInvocationOperation call, string what, ISymbol member)
    {
        public IInvocationOperation Call { get; } = call;

        public string What { get; } = what;

        public ISymbol Member { get; } = member;
    }
}
