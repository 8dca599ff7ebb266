using Microsoft.CodeAnalysis.Diagnostics;

namespace MlKata.Analyzers;

/// <summary>
/// The base of every MLK analyzer: the conventions every rule must keep (concurrent
/// execution, generated code skipped) are set here once, so no rule can forget them.
/// </summary>
public abstract class MlkAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        Register(context);
    }

    /// <summary>Registers the rule's actions.</summary>
    protected abstract void Register(AnalysisContext context);
}
