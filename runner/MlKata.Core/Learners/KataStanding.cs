namespace MlKata.Core.Learners;

/// <summary>Where a learner stands on one of their kata folders: the verdict of its last recorded check.</summary>
/// <param name="KataId">The catalog kata the folder was made from.</param>
/// <param name="Folder">The learner's kata folder.</param>
/// <param name="LastCheckPassed">Whether its last `check`, `watch` or `hint` passed; null when none is recorded.</param>
public sealed record KataStanding(string KataId, string Folder, bool? LastCheckPassed)
{
    /// <summary>The standing of <paramref name="kata"/>, from the state its folder keeps.</summary>
    public static KataStanding Of(LearnerKata kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return new(kata.Kata.Id, kata.Folder, LearnerProgress.LastCheckPassed(kata));
    }
}
