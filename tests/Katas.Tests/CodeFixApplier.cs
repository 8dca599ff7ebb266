using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using MlKata.Analyzers.CodeFixes;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;

namespace Katas.Tests;

/// <summary>Applies an MLK code fix to a learner file the way the IDE's lightbulb does: first diagnostic, first action.</summary>
internal static class CodeFixApplier
{
    public static async Task<string> ApplyAsync(SourceFile file, string ruleId)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Learner",
            "Learner",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: FrameworkReferences.All));
        project = workspace.AddDocument(project.Id, "ImplicitUsings.g.cs", SourceText.From(SubmissionCompiler.ImplicitUsings)).Project;
        var document = workspace.AddDocument(project.Id, file.Path, SourceText.From(file.Text));

        var compilation = (await document.Project.GetCompilationAsync())!;
        var tree = (await document.GetSyntaxTreeAsync())!;
        var diagnostics = await compilation.WithAnalyzers(MlkAnalyzers.All).GetAnalyzerDiagnosticsAsync();
        var diagnostic = diagnostics.First(d => d.Id == ruleId && d.Location.SourceTree == tree);

        var actions = new List<CodeAction>();
        var provider = MlkCodeFixes.All.First(p => p.FixableDiagnosticIds.Contains(ruleId));
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var operations = await actions.First().GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }
}
