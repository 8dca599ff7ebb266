using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Learners;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>`mlkata next`: track by track, easy to hard, the first kata the learner has not passed.</summary>
public sealed class NextKataTests
{
    private static readonly KataManifest[] Catalog =
    [
        Manifest("knn", "medium", "ml-from-scratch"),
        Manifest("heap-hard", "hard", "data-structures"),
        Manifest("loader", "easy", "production-ml"),
        Manifest("ring", "easy", "data-structures"),
        Manifest("heap-medium", "medium", "data-structures"),
        Manifest("linear", "easy", "ml-from-scratch"),
    ];

    [Test]
    public void The_catalog_goes_track_by_track_and_easy_to_hard_within_a_track()
    {
        Assert.That(NextKata.InOrder(Catalog).Select(k => k.Id), Is.EqualTo(new[] { "ring", "heap-medium", "heap-hard", "linear", "knn", "loader" }));
    }

    [Test]
    public void With_no_progress_the_first_tracks_easiest_kata_comes_first()
    {
        var suggestion = NextKata.Suggest(Catalog, [])!;

        Assert.That(suggestion.Kata.Id, Is.EqualTo("ring"));
        Assert.That(suggestion.Why, Does.Contain("first kata of the first track, data-structures"));
        Assert.That(suggestion.StartedIn, Is.Null);
    }

    [Test]
    public void A_passed_kata_moves_the_suggestion_to_the_next_level_of_its_track()
    {
        var suggestion = NextKata.Suggest(Catalog, [new("ring", "/w/ring", true)])!;

        Assert.That(suggestion.Kata.Id, Is.EqualTo("heap-medium"));
        Assert.That(suggestion.Why, Does.Contain("passed 1 of the 3 data-structures katas (ring)"));
    }

    [Test]
    public void A_track_passed_moves_the_suggestion_to_the_next_track()
    {
        var suggestion = NextKata.Suggest(Catalog, [new("ring", "/w/ring", true), new("heap-medium", "/w/hm", true), new("heap-hard", "/w/hh", true)])!;

        Assert.That(suggestion.Kata.Id, Is.EqualTo("linear"));
        Assert.That(suggestion.Why, Does.Contain("the 3 katas of the tracks before ml-from-scratch"));
    }

    [Test]
    public void A_kata_started_but_not_passed_is_the_one_to_go_on_with()
    {
        var suggestion = NextKata.Suggest(Catalog, [new("ring", "/w/ring", false), new("knn", "/w/knn", true)])!;

        Assert.Multiple(() =>
        {
            Assert.That(suggestion.Kata.Id, Is.EqualTo("ring"));
            Assert.That(suggestion.StartedIn, Is.EqualTo("/w/ring"));
            Assert.That(suggestion.Why, Does.Contain("its last check failed"));
        });
    }

    [Test]
    public void A_kata_passed_in_one_of_two_folders_counts_as_passed()
    {
        var suggestion = NextKata.Suggest(Catalog, [new("ring", "/w/a", false), new("ring", "/w/b", true)])!;

        Assert.That(suggestion.Kata.Id, Is.EqualTo("heap-medium"));
    }

    [Test]
    public void Nothing_is_suggested_once_every_kata_is_passed()
    {
        Assert.That(NextKata.Suggest(Catalog, [.. Catalog.Select(k => new KataStanding(k.Id, $"/w/{k.Id}", true))]), Is.Null);
    }

    [Test]
    public void A_standing_is_the_last_check_recorded_in_the_folder_whatever_was_edited_since()
    {
        using var folder = TempKata.CreateValid();
        var kata = KataCatalog.Load(folder.Directory);
        var learner = LearnerKata.Open(folder.Directory, [kata]);
        var before = KataStanding.Of(learner);

        var files = learner.ReadLearnerFiles();
        LearnerProgress.Record(learner, files, KataResult.FromTests(kata.Manifest, [new("T.M", TestVerdict.Passed, null, null, null, 1, 2)], []));
        folder.Write("src/Adder.cs", TempKata.Solution + "\n// edited after the check\n");

        Assert.Multiple(() =>
        {
            Assert.That(before.LastCheckPassed, Is.Null);
            Assert.That(KataStanding.Of(learner), Is.EqualTo(new KataStanding("tiny", learner.Folder, true)));
        });
    }

    [Test]
    public void The_workspace_holds_the_learners_kata_folders_but_not_the_catalogs_own()
    {
        using var folder = TempKata.CreateValid();
        var kata = KataCatalog.Load(folder.Directory);

        Assert.Multiple(() =>
        {
            Assert.That(LearnerWorkspace.Find(folder.Parent, [kata], Path.Combine(folder.Parent, "elsewhere")).Select(l => l.Folder), Is.EqualTo(new[] { folder.Directory }));
            Assert.That(LearnerWorkspace.Find(folder.Parent, [kata], folder.Parent), Is.Empty);
        });
    }

    private static KataManifest Manifest(string id, string level, string track) =>
        KataManifestReader.Parse(
            TempKata.ValidManifest
                .Replace("\"id\": \"tiny\"", $"\"id\": \"{id}\"", StringComparison.Ordinal)
                .Replace("\"level\": \"easy\"", $"\"level\": \"{level}\"", StringComparison.Ordinal)
                .Replace("\"track\": \"data-structures\"", $"\"track\": \"{track}\"", StringComparison.Ordinal),
            $"{id}/kata.json");
}
