using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MlKata.Analyzers;

/// <summary>
/// MLK103: in a kernel, a view from <c>SharedMemory.Allocate…</c>/<c>GetDynamic</c> that is
/// written and then, later in source order and with no <c>Group.Barrier…()</c> in between, read at
/// other indices than the ones written (reading one's own element back is safe).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MLK103SharedMemoryReadWithoutBarrierAnalyzer : MlkAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rules.SharedMemoryReadWithoutBarrier];

    /// <inheritdoc />
    protected override void Register(AnalysisContext context) => KernelBodies.Register(context, Analyze);

    private static void Analyze(KernelBody kernel)
    {
        var ilgpu = kernel.Ilgpu;
        var shared = kernel.Operations.OfType<IVariableDeclaratorOperation>()
            .Where(d => d.Initializer?.Value.WithoutConversions() is IInvocationOperation call && KnownTypes.Is(call.TargetMethod.ContainingType, ilgpu.SharedMemory))
            .Select(d => d.Symbol)
            .ToImmutableHashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        if (shared.IsEmpty)
        {
            return;
        }

        // Indices written since the last barrier, per shared view.
        var pending = new Dictionary<ILocalSymbol, HashSet<string>>(SymbolEqualityComparer.Default);
        var reported = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in kernel.Operations.OrderBy(o => o.Syntax.SpanStart))
        {
            if (operation is IInvocationOperation call && KnownTypes.Is(call.TargetMethod.ContainingType, ilgpu.Group) &&
                call.TargetMethod.Name.StartsWith("Barrier", System.StringComparison.Ordinal))
            {
                pending.Clear();
            }
            else if (ElementOf(operation, shared) is var (view, index))
            {
                if (IsWrite(operation))
                {
                    (pending.TryGetValue(view, out var written) ? written : pending[view] = new HashSet<string>()).Add(index);
                }
                else if (pending.TryGetValue(view, out var written) && !written.Contains(index) && reported.Add(view))
                {
                    kernel.Report(Rules.SharedMemoryReadWithoutBarrier, operation.Syntax.GetLocation(), view.Name);
                }
            }
        }
    }

    /// <summary>The shared view and the index text of an element access such as <c>tile[ty, tx]</c>.</summary>
    private static (ILocalSymbol View, string Index)? ElementOf(IOperation operation, ImmutableHashSet<ILocalSymbol> shared) => operation switch
    {
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: ILocalReferenceOperation local } indexer when shared.Contains(local.Local) =>
            (local.Local, string.Join(",", indexer.Arguments.Select(a => a.Value.Syntax.ToString().Replace(" ", "")))),
        _ => null,
    };

    private static bool IsWrite(IOperation element) =>
        element.Parent is IAssignmentOperation assignment && assignment.Target == element && assignment is ISimpleAssignmentOperation;
}
