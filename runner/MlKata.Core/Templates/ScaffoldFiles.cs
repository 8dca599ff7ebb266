using MlKata.Analyzers;
using MlKata.Core.Catalog;

namespace MlKata.Core.Templates;

/// <summary>
/// The files every scaffolded kata shares. A scaffold stands alone: it builds the same in
/// any IDE and from the CLI, inside this repository or anywhere else.
/// </summary>
internal static class ScaffoldFiles
{
    // The nearest Directory.Build.props is the only one MSBuild imports: this one keeps a kata
    // scaffolded inside the repository from inheriting the repository's settings.
    public const string DirectoryBuildProps = """
        <Project>
          <!-- This kata stands alone: it takes no settings from folders above it. -->
          <PropertyGroup>
            <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
          </PropertyGroup>
        </Project>

        """;

    public const string GitIgnore = """
        bin/
        obj/
        TestResults/
        .mlkata/

        """;

    public static string Project(string mlkataVersion, IReadOnlyDictionary<string, string> versions) =>
        KataProjectFile.Render(new KataReferences.Packages(mlkataVersion, versions));

    /// <summary>
    /// The scaffold's .editorconfig: every hint rule a warning on the learner's code and off in
    /// the canonical tests (ours, whose reference models are plain on purpose: a list-based LRU,
    /// a full sort to state the top k), and the grader's submission policy on for the learner's
    /// files in src/.
    /// </summary>
    public static string EditorConfig(IEnumerable<string> hintRuleIds)
    {
        var ordered = hintRuleIds.Order(StringComparer.Ordinal).ToList();
        return $"""
        root = true

        [*.cs]
        indent_style = space
        indent_size = 4

        # MlKata hints, shown as warnings while you practise. Turn one down with
        # dotnet_diagnostic.MLKnnn.severity = suggestion (or none).
        {string.Join(Environment.NewLine, ordered.Select(id => $"dotnet_diagnostic.{id}.severity = warning"))}

        # The canonical tests are MlKata's: their simple reference models would draw hints meant for your code.
        [{KataLayout.Tests}/**.cs]
        {string.Join(Environment.NewLine, ordered.Select(id => $"dotnet_diagnostic.{id}.severity = none"))}

        # What `mlkata grade` refuses to run (MLK900: reflection, unsafe code, process control…),
        # shown while you type so that you learn it before grading.
        [{KataLayout.Source}/**.cs]
        {SubmissionPolicy.EnabledKey} = true

        """;
    }

    public static string NuGetConfig(string feedPlaceholder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <!-- MlKata's packages, until they are published. -->
            <add key="mlkata-local" value="{feedPlaceholder}" />
          </packageSources>
        </configuration>

        """;
}
