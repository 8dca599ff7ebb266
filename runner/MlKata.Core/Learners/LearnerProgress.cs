using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;

namespace MlKata.Core.Learners;

/// <summary>Where a learner stands on one kata.</summary>
public enum KataProgress
{
    /// <summary>The learner's files are still the stub.</summary>
    NotStarted,

    /// <summary>Changed since the last check (or never checked): a check will tell.</summary>
    Unchecked,

    /// <summary>The last check of these very files did not pass.</summary>
    Failing,

    /// <summary>The last check of these very files passed.</summary>
    Passing,
}

/// <summary>
/// Remembers the last check of a learner kata, keyed by a hash of the learner's files, so a
/// listing can tell passing from failing without re-running unchanged katas.
/// </summary>
public static class LearnerProgress
{
    private const string FileName = "last-result.json";

    /// <summary>The learner's progress on <paramref name="kata"/>, from its files and the last recorded check.</summary>
    public static KataProgress Read(LearnerKata kata)
    {
        var files = kata.ReadLearnerFiles();
        var stub = kata.Kata.ReadStub().LearnerFiles;
        if (files.Zip(stub).All(pair => Normalise(pair.First.Text) == Normalise(pair.Second.Text)))
        {
            return KataProgress.NotStarted;
        }

        var record = LastRecord(kata);
        if (record is null)
        {
            return KataProgress.Unchecked;
        }

        return record.Hash == Hash(files)
            ? record.Passed ? KataProgress.Passing : KataProgress.Failing
            : KataProgress.Unchecked;
    }

    /// <summary>
    /// Whether the last check recorded in <paramref name="kata"/>'s folder passed, whatever was
    /// edited since: null when none was recorded (or its record is damaged).
    /// </summary>
    public static bool? LastCheckPassed(LearnerKata kata) => LastRecord(kata)?.Passed;

    /// <summary>Records that checking <paramref name="files"/> gave <paramref name="result"/>.</summary>
    public static void Record(LearnerKata kata, IReadOnlyList<SourceFile> files, KataResult result)
    {
        Directory.CreateDirectory(kata.StateFolder);
        var record = new CheckRecord(Hash(files), result.Status == KataStatus.Passed, result.PointsEarned, result.PointsPossible);
        File.WriteAllText(Path.Combine(kata.StateFolder, FileName), JsonSerializer.Serialize(record));
    }

    private static CheckRecord? LastRecord(LearnerKata kata)
    {
        var path = Path.Combine(kata.StateFolder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<CheckRecord>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null; // a damaged state file only costs a re-check
        }
    }

    private static string Hash(IReadOnlyList<SourceFile> files) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\0", files.Select(f => f.Path + "\0" + Normalise(f.Text))))));

    // A checkout on Windows turns LF into CRLF: that is no edit.
    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private sealed record CheckRecord(string Hash, bool Passed, int Points, int MaxPoints);
}
