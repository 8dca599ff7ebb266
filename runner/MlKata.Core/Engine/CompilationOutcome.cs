using Microsoft.CodeAnalysis.CSharp;

namespace MlKata.Core.Engine;

/// <summary>The result of compiling a kata's learner files with its tests.</summary>
/// <param name="Compilation">The compilation, kept for analyzers to run on.</param>
/// <param name="Image">The emitted assembly, or null when compilation failed.</param>
/// <param name="Symbols">Its portable PDB, so that stack traces name the learner's file and line.</param>
/// <param name="Diagnostics">Compiler diagnostics (warnings and errors).</param>
public sealed record CompilationOutcome(CSharpCompilation Compilation, byte[]? Image, byte[]? Symbols, IReadOnlyList<BuildDiagnostic> Diagnostics)
{
    /// <summary>Whether an assembly was produced.</summary>
    public bool Succeeded => Image is not null;

    /// <summary>The errors that stopped compilation.</summary>
    public IEnumerable<BuildDiagnostic> Errors => Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
}
