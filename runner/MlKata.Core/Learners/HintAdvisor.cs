using MlKata.Core.Catalog;
using MlKata.Core.Engine;

namespace MlKata.Core.Learners;

/// <summary>
/// Chooses the hint a learner needs: the next one not yet shown of the first task still
/// failing. A learner who has passed tasks 1 and 2 gets task 3's hints, not a reminder of what
/// they already did.
/// </summary>
public static class HintAdvisor
{
    /// <summary>
    /// The tasks <paramref name="result"/> has not passed, in order: none when it passed; every
    /// task with hints when no test got to run (code that does not compile yet).
    /// </summary>
    public static IReadOnlyList<int> FailingTasks(KataResult result, KataHints hints)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(hints);
        if (result.Status == KataStatus.Passed)
        {
            return [];
        }

        var failing = result.Tests.Where(t => t.Verdict != TestVerdict.Passed && t.Task is not null).Select(t => t.Task!.Value).Distinct().Order().ToList();
        return failing.Count > 0 ? failing : hints.Tasks;
    }

    /// <summary>
    /// The next hint of the first of <paramref name="failingTasks"/> with one not yet shown; when
    /// each failing task's hints have all been shown, the first such task's again; when none
    /// has hints, what is left to ask for.
    /// </summary>
    /// <param name="hints">The kata's hints.</param>
    /// <param name="shown">How many of each task's hints have been shown (see <see cref="HintLedger"/>).</param>
    /// <param name="failingTasks">The tasks to help with, first first: <see cref="FailingTasks"/>, or the one task a learner asks for.</param>
    public static HintAdvice Advise(KataHints hints, IReadOnlyDictionary<int, int> shown, IReadOnlyList<int> failingTasks)
    {
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(failingTasks);
        foreach (var task in failingTasks)
        {
            var all = hints.For(task);
            var seen = shown.GetValueOrDefault(task);
            if (seen < all.Count)
            {
                return new HintAdvice.Reveal(task, seen + 1, all.Count, all[seen]);
            }
        }

        if (failingTasks.FirstOrDefault(t => hints.For(t).Count > 0) is var helped and > 0)
        {
            return new HintAdvice.Recap(helped, hints.For(helped));
        }

        var unseen = hints.Tasks
            .Select(t => (Task: t, Left: hints.For(t).Count - shown.GetValueOrDefault(t)))
            .Where(t => t.Left > 0)
            .ToDictionary(t => t.Task, t => t.Left);
        return new HintAdvice.NoHint(failingTasks, unseen);
    }
}
