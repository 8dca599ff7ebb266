using Microsoft.CodeAnalysis;
using MlKata.Core.Catalog;

namespace MlKata.Core.Engine;

/// <summary>
/// What a submission must pass before its tests run, in every checker alike: no break of the
/// submission policy (MLK900 as the analyzers report it on the learner's files) and no stand-in
/// for a name the tests use. Any violation makes the result <see cref="KataStatus.Invalid"/>.
/// </summary>
public static class SubmissionGate
{
    /// <summary>The violations of a submission compiled as <paramref name="compiled"/>, given its <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<BuildDiagnostic> Violations(Kata kata, CompilationOutcome compiled, IReadOnlyList<BuildDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(diagnostics);
        IReadOnlyList<BuildDiagnostic> standIns = compiled.Succeeded ? StandInCheck.Find(compiled, StubSurface.Of(kata)) : [];
        return [.. diagnostics.Where(d => d.Id == StandInCheck.Id && d.Severity == DiagnosticSeverity.Error), .. standIns];
    }

    /// <summary>The violations of <paramref name="learnerFiles"/>, compiled here for the purpose (a `dotnet test` check builds elsewhere).</summary>
    public static IReadOnlyList<BuildDiagnostic> Violations(Kata kata, IReadOnlyList<SourceFile> learnerFiles, IReadOnlyList<BuildDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return Violations(kata, SubmissionCompiler.Compile($"{kata.Id}.Gate", learnerFiles, kata.ReadTests(), kata.Manifest.Gpu), diagnostics);
    }
}
