using System.Text.Json;
using MlKata.Core.Catalog;

namespace MlKata.Core.Learners;

/// <summary>Which of a kata's hints a learner has seen: hints are revealed one at a time, in order.</summary>
public static class HintLedger
{
    private const string FileName = "hints.json";

    /// <summary>How many hints have been shown for <paramref name="kata"/>.</summary>
    public static int Shown(LearnerKata kata)
    {
        var path = Path.Combine(kata.StateFolder, FileName);
        try
        {
            return File.Exists(path) ? Math.Max(0, JsonSerializer.Deserialize<Ledger>(File.ReadAllText(path))?.Shown ?? 0) : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    /// <summary>Reveals the next hint: its number (1-based) and text, or null when every hint has been shown.</summary>
    public static (int Number, string Text)? RevealNext(LearnerKata kata)
    {
        var hints = kata.Kata.Manifest.Hints;
        var shown = Shown(kata);
        if (shown >= hints.Count)
        {
            return null;
        }

        Directory.CreateDirectory(kata.StateFolder);
        File.WriteAllText(Path.Combine(kata.StateFolder, FileName), JsonSerializer.Serialize(new Ledger(shown + 1)));
        return (shown + 1, hints[shown]);
    }

    private sealed record Ledger(int Shown);
}
