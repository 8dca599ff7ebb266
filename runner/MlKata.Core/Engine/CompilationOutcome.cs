using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MlKata.Core.Engine;

/// <summary>
/// The result of compiling a submission: the learner's files as their own assembly, and the
/// canonical tests against it.
/// </summary>
/// <param name="Learner">The learner's compilation, kept for analyzers to run on.</param>
/// <param name="Tests">The tests' compilation, which references <paramref name="Learner"/>.</param>
/// <param name="LearnerAssembly">The learner's assembly, or null when it did not compile.</param>
/// <param name="TestsAssembly">The tests' assembly, or null when either did not compile.</param>
/// <param name="Diagnostics">Compiler diagnostics (warnings and errors) of both.</param>
public sealed record CompilationOutcome(
    CSharpCompilation Learner,
    CSharpCompilation Tests,
    CompiledAssembly? LearnerAssembly,
    CompiledAssembly? TestsAssembly,
    IReadOnlyList<BuildDiagnostic> Diagnostics)
{
    /// <summary>Whether both assemblies were produced.</summary>
    public bool Succeeded => LearnerAssembly is not null && TestsAssembly is not null;

    /// <summary>The errors that stopped compilation.</summary>
    public IEnumerable<BuildDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
