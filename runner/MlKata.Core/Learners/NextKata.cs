using MlKata.Core.Catalog;

namespace MlKata.Core.Learners;

/// <summary>The kata to take next (see <see cref="NextKata"/>).</summary>
/// <param name="Kata">The kata.</param>
/// <param name="Why">Why this one, in a sentence or two.</param>
/// <param name="StartedIn">The learner's folder of it, when they have started it already.</param>
public sealed record KataSuggestion(KataManifest Kata, string Why, string? StartedIn);

/// <summary>
/// Suggests the kata to take next: the catalog is taken track by track, in
/// <see cref="KataTracks.All"/>'s order, and easy to hard within a track; the suggestion is the
/// first kata there that the learner has not passed. A kata counts as passed when the last
/// check recorded in one of the learner's folders of it passed.
/// </summary>
public static class NextKata
{
    /// <summary><paramref name="catalog"/> in the order a learner takes it: by track, then level, then id.</summary>
    public static IEnumerable<KataManifest> InOrder(IEnumerable<KataManifest> catalog) =>
        catalog
            .OrderBy(k => TrackIndex(k.Track))
            .ThenBy(k => k.Level)
            .ThenBy(k => k.Id, StringComparer.Ordinal);

    /// <summary>The next kata for a learner whose folders stand as <paramref name="standings"/>, or null when every kata is passed.</summary>
    public static KataSuggestion? Suggest(IReadOnlyList<KataManifest> catalog, IReadOnlyList<KataStanding> standings)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(standings);
        var passed = standings.Where(s => s.LastCheckPassed == true).Select(s => s.KataId).ToHashSet(StringComparer.Ordinal);
        var next = InOrder(catalog).FirstOrDefault(k => !passed.Contains(k.Id));
        if (next is null)
        {
            return null;
        }

        var started = standings.FirstOrDefault(s => s.KataId == next.Id);
        var why = WhereInTheCatalog(catalog, passed, next);
        if (started is not null)
        {
            why += started.LastCheckPassed is null
                ? " You have started it; it has not been checked yet."
                : " You have started it; its last check failed.";
        }

        return new KataSuggestion(next, why, started?.Folder);
    }

    private static string WhereInTheCatalog(IReadOnlyList<KataManifest> catalog, HashSet<string> passed, KataManifest next)
    {
        var passedInTrack = InOrder(catalog.Where(k => k.Track == next.Track)).Where(k => passed.Contains(k.Id)).Select(k => k.Id).ToList();
        if (passedInTrack.Count > 0)
        {
            var inTrack = catalog.Count(k => k.Track == next.Track);
            return $"You have passed {passedInTrack.Count} of the {inTrack} {next.Track} katas ({string.Join(", ", passedInTrack)}): it is the next of that track, easy to hard.";
        }

        var before = catalog.Count(k => TrackIndex(k.Track) < TrackIndex(next.Track));
        return before == 0
            ? $"It is the first kata of the first track, {next.Track}, at its easiest level."
            : $"You have passed {(before == 1 ? "the one kata" : $"the {before} katas")} of the tracks before {next.Track}: it is that track's first, easy to hard.";
    }

    private static int TrackIndex(string track)
    {
        var index = KataTracks.All.ToList().IndexOf(track);
        return index < 0 ? int.MaxValue : index;
    }
}
