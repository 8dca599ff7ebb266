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

    /// <summary>Project references into the repository at <paramref name="RelativeRoot"/>; versions come from its Directory.Packages.props.</summary>
    public sealed record Repository(string RelativeRoot) : KataReferences;
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
                "Written by mlkata in dotnet-test mode: the kata as a plain test project, on this repository's kit and rules.",
                // Warnings are the learner's to see, not to fail on; optimised like the in-memory engine.
                """
                    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                    <Optimize>true</Optimize>

                """,
                $"""
                    <PackageReference Include="Microsoft.NET.Test.Sdk" />
                    <PackageReference Include="NUnit" />
                    <PackageReference Include="NUnit3TestAdapter" />
                    <ProjectReference Include="{r.RelativeRoot}/runner/MlKata.Testing/MlKata.Testing.csproj" />
                    <ProjectReference Include="{r.RelativeRoot}/analyzers/MlKata.Analyzers/MlKata.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                """),
            _ => throw new ArgumentOutOfRangeException(nameof(references)),
        };
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- {purpose} -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <LangVersion>latest</LangVersion>
                <IsPackable>false</IsPackable>
                <IsTestProject>true</IsTestProject>
            {extraProperties}  </PropertyGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
            </Project>

            """;
    }
}
