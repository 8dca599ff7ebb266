namespace MlKata.Core.Catalog;

/// <summary>The tracks of the catalog, in the order they are listed.</summary>
public static class KataTracks
{
    /// <summary>Every valid track id.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "data-structures",
        "ml-from-scratch",
        "deep-learning-numerics",
        "production-ml",
    ];
}
