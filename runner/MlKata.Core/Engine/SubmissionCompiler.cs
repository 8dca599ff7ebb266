using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using MlKata.Core.Catalog;

namespace MlKata.Core.Engine;

/// <summary>
/// Compiles a kata's learner files and canonical tests in memory, with the settings of a
/// scaffolded kata project (C# latest, nullable on, the SDK's implicit usings) so that a
/// verdict here matches <c>dotnet test</c> there.
/// </summary>
public static class SubmissionCompiler
{
    /// <summary>
    /// The SDK's implicit usings for a console/library project: a learner's file that relies on
    /// them must compile here as it does in the scaffolded project.
    /// </summary>
    public const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithOptimizationLevel(OptimizationLevel.Release)
        .WithConcurrentBuild(false) // jobs already run side by side; one thread each keeps them fair
        .WithDeterministic(true);

    /// <summary>Compiles <paramref name="learnerFiles"/> with <paramref name="testFiles"/> into one assembly.</summary>
    public static CompilationOutcome Compile(string assemblyName, IEnumerable<SourceFile> learnerFiles, IEnumerable<SourceFile> testFiles)
    {
        var trees = learnerFiles.Concat(testFiles)
            .Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.Path, encoding: System.Text.Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "ImplicitUsings.g.cs", encoding: System.Text.Encoding.UTF8))
            .ToImmutableArray();

        var compilation = CSharpCompilation.Create(assemblyName, trees, FrameworkReferences.All, Options);
        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        var emitted = compilation.Emit(image, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var diagnostics = emitted.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select(BuildDiagnostic.From)
            .ToList();
        return new CompilationOutcome(compilation, emitted.Success ? image.ToArray() : null, emitted.Success ? symbols.ToArray() : null, diagnostics);
    }
}
