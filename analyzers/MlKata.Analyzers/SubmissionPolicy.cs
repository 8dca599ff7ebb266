using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MlKata.Analyzers;

/// <summary>
/// The .editorconfig keys that put a file under the submission policy (MLK900). The grader
/// sets them on a learner's files; everywhere else the rule stays silent.
/// </summary>
public static class SubmissionPolicy
{
    /// <summary><c>mlkata_submission_policy = true</c>: the file is a graded submission.</summary>
    public const string EnabledKey = "mlkata_submission_policy";

    /// <summary><c>mlkata_submission_files = temp</c>: the kata writes files (in a temp folder), so file APIs are allowed.</summary>
    public const string FilesKey = "mlkata_submission_files";

    /// <summary>The <see cref="FilesKey"/> value that allows file APIs.</summary>
    public const string TempFiles = "temp";

    /// <summary>What the policy allows in <paramref name="tree"/>; null where the file is not a graded submission.</summary>
    internal static PolicyScope? ScopeOf(AnalyzerOptions options, SyntaxTree tree)
    {
        var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        if (!config.TryGetValue(EnabledKey, out var enabled) || !bool.TryParse(enabled.Trim(), out var isEnabled) || !isEnabled)
        {
            return null;
        }

        var filesAllowed = config.TryGetValue(FilesKey, out var files) && string.Equals(files.Trim(), TempFiles, System.StringComparison.OrdinalIgnoreCase);
        return filesAllowed ? PolicyScope.TempFilesAllowed : PolicyScope.NoFiles;
    }
}
