using MlKata.Core.Catalog;

namespace MlKata.Core.Engine;

/// <summary>Checks a kata submission: in this process, in a worker process, or through `dotnet test`.</summary>
public interface IKataChecker
{
    /// <summary>Checks <paramref name="learnerFiles"/> against <paramref name="kata"/>'s canonical tests.</summary>
    KataResult Check(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName);
}

/// <summary>Checks in this process: fastest, but learner code that hangs or crashes takes this process with it.</summary>
public sealed class InProcessChecker : IKataChecker
{
    /// <summary>The one instance; it holds no state.</summary>
    public static InProcessChecker Instance { get; } = new();

    /// <inheritdoc />
    public KataResult Check(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName) =>
        KataEngine.Check(kata, learnerFiles, runName);
}
