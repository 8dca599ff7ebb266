namespace MlKata.Core.Learners;

/// <summary>What `mlkata hint` has to say (see <see cref="HintAdvisor"/>).</summary>
public abstract record HintAdvice
{
    private HintAdvice()
    {
    }

    /// <summary>A hint not shown before: the <paramref name="Number"/>th of <paramref name="Task"/>'s <paramref name="Of"/>.</summary>
    public sealed record Reveal(int Task, int Number, int Of, string Text) : HintAdvice;

    /// <summary>Every hint of <paramref name="Task"/>, the first failing task that has any, has been shown: all of them again.</summary>
    public sealed record Recap(int Task, IReadOnlyList<string> Hints) : HintAdvice;

    /// <summary>
    /// No task of <paramref name="FailingTasks"/> (none when every test passes) has a hint; the
    /// hints not yet shown, as a count by task, are there to ask for.
    /// </summary>
    public sealed record NoHint(IReadOnlyList<int> FailingTasks, IReadOnlyDictionary<int, int> Unseen) : HintAdvice;
}
