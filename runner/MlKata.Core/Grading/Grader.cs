using System.Collections.Concurrent;
using System.Diagnostics;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Core.Learners;

namespace MlKata.Core.Grading;

/// <summary>
/// Grades jobs with the canonical tests only: from a submission, only the learner files
/// kata.json names are read (the learner's copy of the tests never counts). Every job gets a
/// row, and one bad submission never stops the others.
/// </summary>
public sealed class Grader(IReadOnlyList<Kata> catalog, Func<IKataChecker> createChecker, TimeSpan? timeLimit = null, GradingConditions? conditions = null)
{
    /// <summary>Grades <paramref name="jobs"/>, <paramref name="parallelism"/> at a time, each worker with its own checker.</summary>
    public IReadOnlyList<GradeRow> Grade(IReadOnlyList<GradeJob> jobs, int parallelism, Action<GradeRow>? graded = null)
    {
        var checkers = new ConcurrentBag<IKataChecker>();
        var rows = new GradeRow[jobs.Count];
        try
        {
            Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
            {
                var checker = checkers.TryTake(out var idle) ? idle : createChecker();
                try
                {
                    rows[i] = GradeOne(jobs[i], checker) with { Seed = conditions?.Seed, Sandbox = conditions?.Sandbox };
                    graded?.Invoke(rows[i]);
                }
                finally
                {
                    checkers.Add(checker);
                }
            });
        }
        finally
        {
            foreach (var checker in checkers.OfType<IDisposable>())
            {
                checker.Dispose();
            }
        }

        return rows;
    }

    // A run name becomes part of an assembly's name: only the characters a file name may hold.
    private static string RunName(GradeJob job) =>
        string.Concat($"{job.Learner}.{job.KataId}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));

    private GradeRow GradeOne(GradeJob job, IKataChecker checker)
    {
        var clock = Stopwatch.StartNew();
        var kata = catalog.FirstOrDefault(k => k.Id == job.KataId);
        var maxPoints = kata?.Manifest.Points ?? 0;
        if (job.Folder is null)
        {
            return new GradeRow(job.Learner, job.KataId, GradeStatus.Missing, 0, maxPoints, "no folder for this kata", [], 0);
        }

        try
        {
            var learner = LearnerKata.Open(job.Folder, catalog);
            var files = learner.ReadLearnerFiles();
            var canonical = timeLimit is { } limit ? learner.Kata.WithTimeLimit(limit) : learner.Kata;
            var result = CanonicalTests.Hold(checker.Check(canonical, files, RunName(job)), learner.Kata);
            return GradeRow.From(job.Learner, result, clock.Elapsed.TotalSeconds);
        }
        catch (LearnerKataException e)
        {
            return new GradeRow(job.Learner, job.KataId, GradeStatus.Invalid, 0, maxPoints, e.Message, [], clock.Elapsed.TotalSeconds);
        }
        catch (Exception e)
        {
            // Whatever went wrong is this row's error, never the run's: every job gets its row.
            return new GradeRow(job.Learner, job.KataId, GradeStatus.InfrastructureError, 0, maxPoints, $"{e.GetType().Name}: {e.Message}", [], clock.Elapsed.TotalSeconds);
        }
    }
}
