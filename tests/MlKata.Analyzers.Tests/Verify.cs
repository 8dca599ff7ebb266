using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace MlKata.Analyzers.Tests;

/// <summary>
/// Runs an analyzer (and optionally its fix) on test code written with diagnostic markup:
/// <c>{|MLK001:list.RemoveAt(0)|}</c> marks where a diagnostic must be reported, and any
/// diagnostic not marked fails the test. Every test's build sets MlKataDocsUrl, and every MLK
/// diagnostic must carry the link it makes for its rule: so each rule's own tests prove that
/// its analyzer reports through <see cref="HelpLinks"/>.
/// </summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Runs the analyzer on <paramref name="source"/>; <paramref name="expected"/> adds diagnostics (a message, say) to those the markup marks.</summary>
    public static Task Diagnostics(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        Configure(test.TestState);
        ExpectHelpLinks(test);
        return test.RunAsync();
    }

    /// <summary>
    /// Runs the analyzer on <paramref name="sources"/>, one project whose root .editorconfig is
    /// <paramref name="editorConfig"/>. Unsafe code compiles, so that only the analyzer speaks
    /// about it, and so does C# 14 (preview to this Roslyn), which kata code is written in
    /// (a Span passed where a ReadOnlySpan is taken); <paramref name="expected"/> adds
    /// diagnostics to those the markup marks.
    /// </summary>
    public static Task Diagnostics(string editorConfig, IEnumerable<string> sources, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        test.ExpectedDiagnostics.AddRange(expected);
        test.SolutionTransforms.Add((solution, project) => solution
            .WithProjectCompilationOptions(project, ((CSharpCompilationOptions)solution.GetProject(project)!.CompilationOptions!).WithAllowUnsafe(true))
            .WithProjectParseOptions(project, ((CSharpParseOptions)solution.GetProject(project)!.ParseOptions!).WithLanguageVersion(LanguageVersion.Preview)));
        Configure(test.TestState);
        ExpectHelpLinks(test);
        return test.RunAsync();
    }

    public static Task Fix<TCodeFix>(string source, string fixedSource)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> { TestCode = source, FixedCode = fixedSource };
        Configure(test.TestState);
        Configure(test.FixedState);
        ExpectHelpLinks(test);
        return test.RunAsync();
    }

    // What a group's build sets, the way MSBuild hands a CompilerVisibleProperty to analyzers.
    private static void ExpectHelpLinks(AnalyzerTest<DefaultVerifier> test)
    {
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true
            build_property.{HelpLinks.Property} = {HelpLinkTests.DocsUrl}
            """));
        test.DiagnosticVerifier = (actual, _, verifier) =>
        {
            if (Rules.All.Any(r => r.Id == actual.Id))
            {
                verifier.Equal(HelpLinkTests.LinkOf(actual.Id), actual.Descriptor.HelpLinkUri, $"{actual.Id}'s help link, made from {HelpLinks.Property}");
            }
        };
    }

    private static void Configure(SolutionState state)
    {
        // The running runtime's own assemblies: no reference pack to download at test time.
        state.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(RuntimeReferences.All);
    }
}

internal static class RuntimeReferences
{
    public static IReadOnlyList<MetadataReference> All { get; } =
        Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Where(IsManagedAssembly)
            .Append(typeof(ILGPU.Context).Assembly.Location) // the kernel rules' test code uses ILGPU
            .Append(typeof(MlKata.Testing.Gpu.ComputeDevice).Assembly.Location) // and the GPU katas' references, MlKata.Testing
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();

    private static bool IsManagedAssembly(string path)
    {
        var name = Path.GetFileName(path);
        return (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll") &&
               !name.Contains("Native", StringComparison.Ordinal);
    }
}
