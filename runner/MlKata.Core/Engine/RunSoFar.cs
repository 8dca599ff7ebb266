namespace MlKata.Core.Engine;

/// <summary>
/// What earlier workers got through before learner code crashed them: a fresh worker runs the
/// tests that are not <see cref="Done"/>, within what is left of the kata's time limit once
/// <see cref="Elapsed"/> is taken off.
/// </summary>
/// <param name="Done">The display names of the tests that already have an outcome: finished, or failed by the crash.</param>
/// <param name="Elapsed">How long the earlier runs' tests took together.</param>
public sealed record RunSoFar(IReadOnlyList<string> Done, TimeSpan Elapsed);
