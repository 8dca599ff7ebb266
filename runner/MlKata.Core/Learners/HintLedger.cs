using System.Text.Json;

namespace MlKata.Core.Learners;

/// <summary>
/// Which hints a learner has seen, per task, kept in the kata folder's state: each task's hints
/// are revealed one at a time, in kata.json's order.
/// </summary>
public static class HintLedger
{
    private const string FileName = "hints.json";

    /// <summary>How many of each task's hints have been shown for <paramref name="kata"/>, by task; a task never helped is absent.</summary>
    public static IReadOnlyDictionary<int, int> Shown(LearnerKata kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        var path = Path.Combine(kata.StateFolder, FileName);
        try
        {
            // A ledger from when hints were one list ({"Shown": n}) has no ShownByTask: its hints start over.
            var ledger = File.Exists(path) ? JsonSerializer.Deserialize<Ledger>(File.ReadAllText(path)) : null;
            return ledger?.ShownByTask?.Where(t => t.Value > 0).ToDictionary() ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<int, int>(); // a damaged ledger only shows hints again
        }
    }

    /// <summary>Remembers that the first <paramref name="count"/> hints of <paramref name="task"/> have been shown.</summary>
    public static void RecordShown(LearnerKata kata, int task, int count)
    {
        ArgumentNullException.ThrowIfNull(kata);
        var shown = new Dictionary<int, int>(Shown(kata)) { [task] = count };
        Directory.CreateDirectory(kata.StateFolder);
        File.WriteAllText(Path.Combine(kata.StateFolder, FileName), JsonSerializer.Serialize(new Ledger(shown)));
    }

    private sealed record Ledger(Dictionary<int, int>? ShownByTask);
}
