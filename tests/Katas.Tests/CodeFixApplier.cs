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

/// <summary>Applies an MLK code fix to a learner file the way a learner takes the IDE's lightbulb: the first action, at each place the rule is raised in turn.</summary>
internal static class CodeFixApplier
{
    // A fix that raises the rule again somewhere else must not loop forever.
    private const int MostFixes = 20;

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

        // A learner takes the lightbulb at each place the rule is raised, one after another.
        for (var taken = 0; taken < MostFixes && await FirstDiagnostic(document, ruleId) is { } diagnostic; taken++)
        {
            var actions = new List<CodeAction>();
            var provider = MlkCodeFixes.All.First(p => p.FixableDiagnosticIds.Contains(ruleId));
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            if (actions.Count == 0)
            {
                break;
            }

            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            document = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        }

        return (await document.GetTextAsync()).ToString();
    }

    private static async Task<Diagnostic?> FirstDiagnostic(Document document, string ruleId)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var tree = (await document.GetSyntaxTreeAsync())!;
        var diagnostics = await compilation.WithAnalyzers(MlkAnalyzers.All).GetAnalyzerDiagnosticsAsync();
        return diagnostics.FirstOrDefault(d => d.Id == ruleId && d.Location.SourceTree == tree);
    }
}
