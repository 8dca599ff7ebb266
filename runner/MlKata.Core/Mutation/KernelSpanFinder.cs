using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;

namespace MlKata.Core.Mutation;

/// <summary>
/// Finds the kernels in a kata's learner files, and the methods they call: the code ILGPU
/// compiles for a device. Stryker's mutant switches (a static call per mutated expression)
/// cannot be compiled by ILGPU, so every kernel test fails on an instrumented build and the
/// score would be silently wrong; these spans are what the mutation run leaves alone.
/// </summary>
/// <remarks>
/// A kernel is a static method with an ArrayView or thread-index parameter, or a method or
/// lambda handed to an accelerator's <c>Load…Kernel</c>. This is looser than the analyzers'
/// test (which also wants void and a thread index or Group/Grid use), on purpose: a host
/// helper that takes a view only loses its mutants, while a missed kernel corrupts the run.
/// </remarks>
public static class KernelSpanFinder
{
    /// <summary>The kernel spans of <paramref name="learnerFiles"/>, by file then position, none nested in another.</summary>
    public static IReadOnlyList<KernelSpan> Find(IReadOnlyList<SourceFile> learnerFiles)
    {
        var compilation = SubmissionCompiler.Compile("MutationKernelScan", learnerFiles, [], gpu: true).Learner;
        var ilgpu = IlgpuSymbols.From(compilation);
        if (ilgpu is null)
        {
            return [];
        }

        var learnerTrees = compilation.SyntaxTrees.Where(t => learnerFiles.Any(f => f.Path == t.FilePath)).ToHashSet();
        var pending = new Queue<SyntaxNode>(learnerTrees.SelectMany(tree => Kernels(tree, compilation.GetSemanticModel(tree), ilgpu)));
        var kernels = new HashSet<SyntaxNode>();
        while (pending.TryDequeue(out var kernel))
        {
            if (!kernels.Add(kernel))
            {
                continue;
            }

            // ILGPU compiles what a kernel calls too: a helper of the learner's is device code as well.
            var model = compilation.GetSemanticModel(kernel.SyntaxTree);
            foreach (var callee in kernel.DescendantNodes().OfType<InvocationExpressionSyntax>()
                         .Select(call => Resolve(model, call))
                         .OfType<IMethodSymbol>()
                         .SelectMany(method => method.DeclaringSyntaxReferences)
                         .Where(reference => learnerTrees.Contains(reference.SyntaxTree))
                         .Select(reference => reference.GetSyntax()))
            {
                pending.Enqueue(callee);
            }
        }

        return kernels
            .Where(kernel => !kernels.Any(other => other != kernel && other.SyntaxTree == kernel.SyntaxTree && other.Span.Contains(kernel.Span)))
            .Select(ToSpan)
            .OrderBy(span => span.File, StringComparer.Ordinal)
            .ThenBy(span => span.Start)
            .ToList();
    }

    private static IEnumerable<SyntaxNode> Kernels(SyntaxTree tree, SemanticModel model, IlgpuSymbols ilgpu)
    {
        var root = tree.GetRoot();
        foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            if (model.GetDeclaredSymbol(method) is { IsStatic: true } symbol &&
                symbol.Parameters.Any(p => ilgpu.IsArrayView(p.Type) || ilgpu.IsIndex(p.Type)))
            {
                yield return method;
            }
        }

        foreach (var load in root.DescendantNodes().OfType<InvocationExpressionSyntax>()
                     .Where(call => Resolve(model, call) is { } loader && ilgpu.IsKernelLoader(loader)))
        {
            foreach (var argument in load.ArgumentList.Arguments.Select(a => a.Expression))
            {
                if (argument is LambdaExpressionSyntax or AnonymousMethodExpressionSyntax)
                {
                    yield return argument;
                }
                else if (Resolve(model, argument) is IMethodSymbol target)
                {
                    foreach (var reference in target.DeclaringSyntaxReferences.Where(r => r.SyntaxTree == tree))
                    {
                        yield return reference.GetSyntax();
                    }
                }
            }
        }
    }

    // A method group or a call whose overload is ambiguous still names its candidates.
    private static IMethodSymbol? Resolve(SemanticModel model, ExpressionSyntax expression)
    {
        var info = model.GetSymbolInfo(expression);
        return (info.Symbol ?? info.CandidateSymbols.FirstOrDefault()) as IMethodSymbol;
    }

    private static KernelSpan ToSpan(SyntaxNode kernel)
    {
        var lines = kernel.GetLocation().GetLineSpan();
        var name = kernel switch
        {
            MethodDeclarationSyntax method => method.Identifier.Text,
            LocalFunctionStatementSyntax local => local.Identifier.Text,
            _ => "lambda",
        };
        return new KernelSpan(kernel.SyntaxTree.FilePath, name, kernel.Span.Start, kernel.Span.End,
            lines.StartLinePosition.Line + 1, lines.EndLinePosition.Line + 1);
    }
}
