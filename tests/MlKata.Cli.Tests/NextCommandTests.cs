using MlKata.Core;
using MlKata.Core.Catalog;
using MlKata.Core.Learners;
using NUnit.Framework;

namespace MlKata.Cli.Tests;

/// <summary>`mlkata next` as a learner runs it: what to take next, why, and the command that starts it.</summary>
public sealed class NextCommandTests
{
    // The catalog grows in other branches: the expected katas come from its order, not from names written here.
    private static readonly IReadOnlyList<KataManifest> InOrder =
        [.. NextKata.InOrder(KataCatalog.LoadAll(RepositoryLayout.KatasFolder(Learner.Root)).Select(k => k.Manifest))];

    [Test]
    public void In_an_empty_workspace_next_is_the_first_kata_with_the_command_to_start_it()
    {
        var empty = Directory.CreateTempSubdirectory("mlkata-next-").FullName;
        try
        {
            var first = InOrder[0];

            var (exitCode, output) = Learner.Run(empty, "next");

            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain($"Next: {first.Id} — {first.Title} ({first.Level.ToString().ToLowerInvariant()}, {first.Track})"));
            Assert.That(output, Does.Contain("first kata of the first track").And.Contain($"Start it: mlkata new {first.Id}"));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Test]
    public void A_kata_whose_last_check_passed_moves_next_on()
    {
        using var learner = Learner.Start(InOrder[0].Id);
        learner.Solve();
        Assert.That(learner.Mlkata("check", learner.Folder).ExitCode, Is.Zero, "the check records a pass");

        var (exitCode, output) = Learner.Run(learner.Workspace, "next");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain($"Next: {InOrder[1].Id}").And.Contain($"mlkata new {InOrder[1].Id}"));
    }

    [Test]
    public void A_kata_started_and_failing_is_the_one_to_go_on_with()
    {
        using var learner = Learner.Start(InOrder[0].Id);
        learner.Mlkata("check", learner.Folder);

        var (_, output) = Learner.Run(learner.Workspace, "next");

        Assert.That(output, Does.Contain($"Next: {InOrder[0].Id}").And.Contain("its last check failed").And.Contain($"Go on: mlkata check {InOrder[0].Id}"));
    }
}
