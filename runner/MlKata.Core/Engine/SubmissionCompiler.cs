using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using MlKata.Core.Catalog;

namespace MlKata.Core.Engine;

/// <summary>
/// Compiles a kata submission in memory, with the settings of a scaffolded kata project (C#
/// latest, nullable on, the SDK's implicit usings) so that a verdict here matches
/// <c>dotnet test</c> there. The learner's files are an assembly of their own, compiled against
/// the shared framework only (and the GPU contract for a GPU kata): no NUnit, no kit, so nothing
/// in them can call the test framework by name. The canonical tests then compile against it.
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

    /// <summary>The path of the implicit usings' syntax tree in both compilations.</summary>
    public const string ImplicitUsingsPath = "ImplicitUsings.g.cs";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithOptimizationLevel(OptimizationLevel.Release)
        .WithConcurrentBuild(false) // jobs already run side by side; one thread each keeps them fair
        .WithDeterministic(true);

    /// <summary>The name of the learner's assembly beside tests named <paramref name="testsAssemblyName"/>.</summary>
    public static string LearnerAssemblyName(string testsAssemblyName) => testsAssemblyName + ".Code";

    /// <summary>
    /// Compiles <paramref name="learnerFiles"/> as their own assembly, then <paramref name="testFiles"/>
    /// (named <paramref name="assemblyName"/>) against it.
    /// </summary>
    public static CompilationOutcome Compile(string assemblyName, IEnumerable<SourceFile> learnerFiles, IEnumerable<SourceFile> testFiles, bool gpu)
    {
        var learner = CSharpCompilation.Create(LearnerAssemblyName(assemblyName), Parse(learnerFiles), FrameworkReferences.ForLearner(gpu), Options);
        var tests = CSharpCompilation.Create(assemblyName, Parse(testFiles), FrameworkReferences.All.Add(learner.ToMetadataReference()), Options);

        var (learnerAssembly, learnerDiagnostics) = Emit(learner);

        // Tests over code that does not compile only repeat its errors.
        var (testsAssembly, testsDiagnostics) = learnerAssembly is null ? (null, []) : Emit(tests);
        return new CompilationOutcome(learner, tests, learnerAssembly, testsAssembly, [.. learnerDiagnostics, .. testsDiagnostics]);
    }

    private static ImmutableArray<SyntaxTree> Parse(IEnumerable<SourceFile> files) =>
        files
            .Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.Path, encoding: System.Text.Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: ImplicitUsingsPath, encoding: System.Text.Encoding.UTF8))
            .ToImmutableArray();

    private static (CompiledAssembly? Assembly, IReadOnlyList<BuildDiagnostic> Diagnostics) Emit(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        var emitted = compilation.Emit(image, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var diagnostics = emitted.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select(BuildDiagnostic.From)
            .ToList();
        return (emitted.Success ? new CompiledAssembly(compilation.AssemblyName!, image.ToArray(), symbols.ToArray()) : null, diagnostics);
    }
}
