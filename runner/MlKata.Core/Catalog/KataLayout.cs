namespace MlKata.Core.Catalog;

/// <summary>The folder names of the kata format (see katas/README.md).</summary>
public static class KataLayout
{
    /// <summary>The stub the learner gets.</summary>
    public const string Source = "src";

    /// <summary>The canonical tests.</summary>
    public const string Tests = "tests";

    /// <summary>The reference solution.</summary>
    public const string Solution = "solution";

    /// <summary>Known-wrong solutions.</summary>
    public const string Mistakes = "mistakes";

    /// <summary>Other correct solutions, which the tests must accept too.</summary>
    public const string Alternatives = "alternatives";

    /// <summary>The problem statement.</summary>
    public const string Readme = "README.md";

    internal static IEnumerable<string> CSharpFiles(string folder) =>
        System.IO.Directory.Exists(folder)
            ? System.IO.Directory.EnumerateFiles(folder, "*.cs", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            : [];
}
