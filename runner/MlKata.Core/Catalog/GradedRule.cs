namespace MlKata.Core.Catalog;

/// <summary>
/// What kata.json's <c>gradedRules</c> says of one MLK rule: it scores like a test of
/// <paramref name="Task"/>, worth <paramref name="Points"/>, for a property no test can show
/// (a missing volatile read behaves on x64 exactly like a correct one).
/// </summary>
/// <param name="Task">The task whose tests must all pass before the rule's points count.</param>
/// <param name="Points">What a submission earns when the rule stays silent on it.</param>
public sealed record GradedRule(int Task, int Points);
