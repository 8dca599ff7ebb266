using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MlKata.Analyzers;
using MlKata.Core.Catalog;

namespace MlKata.Core.Engine;

/// <summary>
/// The analyzer options that turn the submission policy (MLK900) on for the learner's files, as
/// the scaffold's .editorconfig does for src/: the rule is opt-in per file, silent everywhere else.
/// </summary>
internal sealed class SubmissionPolicyOptions(IReadOnlySet<string> learnerPaths, bool tempFiles) : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions None = new Options(ImmutableDictionary<string, string>.Empty);

    private readonly AnalyzerConfigOptions _learner = new Options(tempFiles
        ? ImmutableDictionary<string, string>.Empty.Add(SubmissionPolicy.EnabledKey, "true").Add(SubmissionPolicy.FilesKey, SubmissionPolicy.TempFiles)
        : ImmutableDictionary<string, string>.Empty.Add(SubmissionPolicy.EnabledKey, "true"));

    /// <summary>The options for <paramref name="manifest"/>'s learner files among <paramref name="learnerPaths"/>.</summary>
    public static SubmissionPolicyOptions For(KataManifest manifest, IReadOnlySet<string> learnerPaths) => new(learnerPaths, manifest.TempFiles);

    public override AnalyzerConfigOptions GlobalOptions => None;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => learnerPaths.Contains(tree.FilePath) ? _learner : None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
