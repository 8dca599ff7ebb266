using MlKata.Core.Catalog;
using MlKata.Core.Catalog.Patches;

namespace MlKata.Analyzers.Tests;

/// <summary>Kata code as a learner's project compiles it: a mistake's text, and the SDK's implicit usings.</summary>
internal static class KataCode
{
    /// <summary>
    /// What the SDK's ImplicitUsings adds to every kata project, System.Net.Http among them (the
    /// engine's SubmissionCompiler.ImplicitUsings, which this project cannot reference).
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

    /// <summary>The katas folder of the repository.</summary>
    public static string Katas => Path.Combine(RuleDocumentationTests.RepositoryRoot(), "katas");

    /// <summary>A mistake's learner file: a whole file, or a patch against the reference's file.</summary>
    public static string MistakeText(string kata, string mistake, string learnerFile)
    {
        var mistakes = Path.Combine(Katas, kata, "mistakes");
        var patch = Path.Combine(mistakes, mistake + ".patch");
        if (!File.Exists(patch))
        {
            return File.ReadAllText(Path.Combine(mistakes, mistake + ".cs"));
        }

        var reference = SourceFile.Read(Path.Combine(Katas, kata, "solution", learnerFile), learnerFile);
        return UnifiedPatch.Parse(File.ReadAllText(patch), patch).Apply([reference]).Single().Text;
    }
}
