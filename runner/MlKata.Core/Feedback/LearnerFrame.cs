using System.Text.RegularExpressions;
using MlKata.Core.Catalog;

namespace MlKata.Core.Feedback;

/// <summary>Finds where in the learner's own files an exception was thrown, from the stack frames NUnit reports.</summary>
internal static partial class LearnerFrame
{
    /// <summary>
    /// The first frame of <paramref name="frames"/> in one of <paramref name="learnerFiles"/>, as
    /// "src/File.cs:line", or null when none is. The engine compiles each learner file under its
    /// own name and `dotnet test` under its full path: both match.
    /// </summary>
    public static string? Find(IEnumerable<string> frames, IReadOnlyCollection<string> learnerFiles)
    {
        foreach (var frame in frames)
        {
            foreach (Match match in Location().Matches(frame))
            {
                var path = match.Groups["path"].Value.Replace('\\', '/');
                var file = learnerFiles.FirstOrDefault(f => path == f || path.EndsWith($"/{f}", StringComparison.Ordinal));
                if (file is not null)
                {
                    return $"{KataLayout.Source}/{file}:{match.Groups["line"].Value}";
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@" in (?<path>.+?):line (?<line>\d+)")]
    private static partial Regex Location();
}
