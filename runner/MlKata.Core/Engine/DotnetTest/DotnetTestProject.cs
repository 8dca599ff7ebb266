using MlKata.Core.Catalog;
using MlKata.Core.Templates;

namespace MlKata.Core.Engine.DotnetTest;

/// <summary>
/// A kata written out as plain projects for `dotnet build` and `dotnet test`: the learner's files
/// as their own project in src/, the canonical tests in tests/ over it, the kit and the analyzers by project reference,
/// and the scaffold's .editorconfig (every rule a warning, so the build prints even
/// suggestion-level ones, as the engine reports them).
/// </summary>
internal static class DotnetTestProject
{
    /// <summary>
    /// Writes the project <paramref name="projectName"/> (also its assembly's name, and so its
    /// NUnit result file's) into <paramref name="folder"/>, replacing its sources; returns the project file's path.
    /// </summary>
    public static string Write(string folder, string projectName, string repositoryRoot, Kata kata, IReadOnlyList<SourceFile> learnerFiles)
    {
        // The sources go, the code project's bin/ and obj/ stay: a second check builds incrementally.
        foreach (var sources in new[] { KataLayout.Source, KataLayout.Tests })
        {
            foreach (var stale in Directory.CreateDirectory(Path.Combine(folder, sources)).EnumerateFiles("*.cs"))
            {
                stale.Delete();
            }
        }

        var relativeRoot = Path.GetRelativePath(folder, repositoryRoot).Replace('\\', '/');
        var project = Path.Combine(folder, $"{projectName}.csproj");
        var references = new KataReferences.Repository(relativeRoot, SubmissionCompiler.LearnerAssemblyName(projectName), kata.Manifest.Gpu);
        WriteIfChanged(project, KataProjectFile.Render(references));
        WriteIfChanged(Path.Combine(folder, KataLayout.Source, $"{references.CodeProjectName}.csproj"), KataProjectFile.RenderCode(references));
        WriteIfChanged(Path.Combine(folder, ".editorconfig"), ScaffoldFiles.EditorConfig(MlkAnalyzers.HintRuleIds));
        foreach (var file in learnerFiles)
        {
            File.WriteAllText(Path.Combine(folder, KataLayout.Source, file.Path), file.Text);
        }

        foreach (var test in kata.ReadTests())
        {
            File.WriteAllText(Path.Combine(folder, test.Path), test.Text);
        }

        return project;
    }

    // An unchanged project file keeps MSBuild's incremental build (and restore) valid.
    private static void WriteIfChanged(string path, string text)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }
    }
}
