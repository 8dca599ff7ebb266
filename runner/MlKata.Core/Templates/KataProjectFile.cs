using MlKata.Core.Catalog;

namespace MlKata.Core.Templates;

/// <summary>
/// How a kata's test project reaches MlKata.Testing and the MLK analyzers: as packages (a
/// learner's scaffold, from the feed) or as projects of this repository (the `dotnet test`
/// checker, which must see the kit and rules as they are in the working tree).
/// </summary>
internal abstract record KataReferences
{
    private KataReferences()
    {
    }

    /// <summary>Package references, with every version spelled out: a scaffold stands alone.</summary>
    public sealed record Packages(string MlKataVersion, IReadOnlyDictionary<string, string> Versions) : KataReferences;

    /// <summary>
    /// Project references into the repository at <paramref name="RelativeRoot"/>; versions come from
    /// its Directory.Packages.props. The learner's code is a project of its own in src/, as the
    /// engine compiles it: the shared framework only, plus the GPU contract for a GPU kata.
    /// </summary>
    public sealed record Repository(string RelativeRoot, string CodeProjectName, bool Gpu) : KataReferences;
}

/// <summary>
/// The one writer of a kata's test project file: the same properties and test packages for the
/// scaffold a learner builds and for the project `dotnet test` checks, so the two cannot drift.
/// </summary>
internal static class KataProjectFile
{
    /// <summary>The project file's text.</summary>
    public static string Render(KataReferences references)
    {
        var (purpose, extraProperties, items) = references switch
        {
            KataReferences.Packages p => (
                "An MlKata kata: make the tests in tests/ pass by completing the code in src/.",
                "",
                $"""
                    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{p.Versions["Microsoft.NET.Test.Sdk"]}" />
                    <PackageReference Include="NUnit" Version="{p.Versions["NUnit"]}" />
                    <PackageReference Include="NUnit3TestAdapter" Version="{p.Versions["NUnit3TestAdapter"]}" />
                    <PackageReference Include="MlKata.Testing" Version="{p.MlKataVersion}" />
                    <PackageReference Include="MlKata.Analyzers" Version="{p.MlKataVersion}" PrivateAssets="all" />
                """),
            KataReferences.Repository r => (
                "Written by mlkata in dotnet-test mode: the canonical tests as a plain test project over the learner's code project in src/, on this repository's kit.",
                // Warnings are the learner's to see, not to fail on; optimised like the in-memory engine.
                $"""
                    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                    <Optimize>true</Optimize>

                """,
                $"""
                    <Compile Remove="{KataLayout.Source}/**" />
                    <PackageReference Include="Microsoft.NET.Test.Sdk" />
                    <PackageReference Include="NUnit" />
                    <PackageReference Include="NUnit3TestAdapter" />
                    <ProjectReference Include="{r.RelativeRoot}/runner/MlKata.Testing/MlKata.Testing.csproj" />
                    <ProjectReference Include="{KataLayout.Source}/{r.CodeProjectName}.csproj" />
                """),
            _ => throw new ArgumentOutOfRangeException(nameof(references)),
        };
        return Project(purpose, $"    <IsTestProject>true</IsTestProject>{Environment.NewLine}{extraProperties}", items);
    }

    /// <summary>
    /// The learner's code project beside a <see cref="KataReferences.Repository"/> test project, in
    /// src/ (one level down, so its root is one more "../" away).
    /// </summary>
    public static string RenderCode(KataReferences.Repository references)
    {
        var root = $"../{references.RelativeRoot}";
        var gpu = references.Gpu ? $"""    <ProjectReference Include="{root}/runner/MlKata.Gpu/MlKata.Gpu.csproj" />{Environment.NewLine}""" : "";
        return Project(
            "Written by mlkata in dotnet-test mode: the learner's code as its own assembly, seeing no test framework.",
            """
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <Optimize>true</Optimize>

            """,
            $"""
            {gpu}    <ProjectReference Include="{root}/analyzers/MlKata.Analyzers/MlKata.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            """);
    }

    // The properties every kata project shares: the language settings the in-memory engine compiles with.
    private static string Project(string purpose, string properties, string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <!-- {purpose} -->
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <LangVersion>latest</LangVersion>
            <IsPackable>false</IsPackable>
        {properties}  </PropertyGroup>
          <ItemGroup>
        {items}
          </ItemGroup>
        </Project>

        """;
}
