namespace MlKata.Core.Grading;

/// <summary>One learner's standing after a graded run: what a progress chart plots.</summary>
/// <param name="Learner">The learner's folder name.</param>
/// <param name="Points">Points earned over every kata graded.</param>
/// <param name="MaxPoints">Points possible over those katas.</param>
/// <param name="KatasPassed">How many of those katas passed.</param>
public sealed record LearnerStanding(string Learner, int Points, int MaxPoints, int KatasPassed);

/// <summary>A graded run as a group's history keeps it: when, with which seed, and where each learner stood.</summary>
/// <param name="Time">When the run was graded, in UTC.</param>
/// <param name="Seed">The grading seed every row shared; null when the rows recorded none or several (a merge of separate runs).</param>
/// <param name="Learners">Each learner's standing, in learner order.</param>
public sealed record GradedRun(DateTimeOffset Time, int? Seed, IReadOnlyList<LearnerStanding> Learners)
{
    /// <summary>The run that graded <paramref name="rows"/> at <paramref name="time"/>.</summary>
    public static GradedRun Of(IReadOnlyList<GradeRow> rows, DateTimeOffset time)
    {
        var seeds = rows.Select(r => r.Seed).Distinct().ToList();
        var learners = rows.GroupBy(r => r.Learner)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LearnerStanding(g.Key, g.Sum(r => r.Points), g.Sum(r => r.MaxPoints), g.Count(r => r.Status == GradeStatus.Passed)))
            .ToList();
        return new GradedRun(time.ToUniversalTime(), seeds is [{ } seed] ? seed : null, learners);
    }
}
