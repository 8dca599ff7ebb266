namespace MlKata.Core.Grading;

/// <summary>How a grading run ran its submissions, recorded on every row it writes.</summary>
/// <param name="Seed">The grading seed mixed into the tests' seeded data.</param>
/// <param name="Sandbox">What isolated learner code: <see cref="Bubblewrap"/> or <see cref="NoSandbox"/>.</param>
public sealed record GradingConditions(int Seed, string Sandbox)
{
    /// <summary>Learner code ran under bubblewrap.</summary>
    public const string Bubblewrap = "bubblewrap";

    /// <summary>Learner code ran unsandboxed (<c>--no-sandbox</c>).</summary>
    public const string NoSandbox = "none";
}
