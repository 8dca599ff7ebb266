using MlKata.Core.Catalog;

namespace MlKata.Core.Mutation;

/// <summary>
/// The project pair Stryker mutates, under <c>artifacts/mutate/&lt;kata&gt;/</c>: a library of the
/// reference's learner files (<c>solution/Solution.csproj</c>) and a test project of the
/// canonical tests that references it (<c>tests/Tests.csproj</c>). Both sit under the repository,
/// so they take its build settings and central package versions.
/// </summary>
/// <param name="Folder">The pair's folder.</param>
public sealed record MutationProject(string Folder)
{
    /// <summary>The file name of the project under test, as Stryker's <c>--project</c> takes it.</summary>
    public const string LibraryProjectName = "Solution.csproj";

    private const string TestAssemblyName = "Tests";

    /// <summary>The test project's folder, where Stryker runs.</summary>
    public string TestsFolder => Path.Combine(Folder, "tests");

    /// <summary>
    /// Writes the pair for <paramref name="kata"/>, its library holding <paramref name="learnerFiles"/>
    /// (the reference, its kernels fenced), replacing any earlier pair's sources.
    /// </summary>
    public static MutationProject Write(string repositoryRoot, Kata kata, IReadOnlyList<SourceFile> learnerFiles)
    {
        var folder = Path.Combine(repositoryRoot, "artifacts", "mutate", kata.Id);
        var library = FolderWithoutSources(Path.Combine(folder, "solution"));
        var tests = FolderWithoutSources(Path.Combine(folder, "tests"));
        var runnerFolder = Path.Combine(repositoryRoot, "runner");
        var contract = Path.GetRelativePath(library, Path.Combine(runnerFolder, "MlKata.Gpu", "MlKata.Gpu.csproj")).Replace('\\', '/');
        var testing = Path.GetRelativePath(tests, Path.Combine(runnerFolder, "MlKata.Testing", "MlKata.Testing.csproj")).Replace('\\', '/');

        // Warnings are not errors here: Stryker compiles mutants that may well warn.
        File.WriteAllText(Path.Combine(library, LibraryProjectName), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by mlkata dev mutate: the reference of {kata.Id}, the project Stryker mutates. -->
              <PropertyGroup>
                <IsPackable>false</IsPackable>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <!-- ILGPU and ComputeDevice, the GPU contract learner code compiles against; nothing of the test kit. -->
                <ProjectReference Include="{contract}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(tests, $"{TestAssemblyName}.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by mlkata dev mutate: the canonical tests of {kata.Id}. -->
              <PropertyGroup>
                <IsPackable>false</IsPackable>
                <IsTestProject>true</IsTestProject>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" />
                <PackageReference Include="NUnit" />
                <PackageReference Include="NUnit3TestAdapter" />
                <ProjectReference Include="{testing}" />
                <ProjectReference Include="../solution/{LibraryProjectName}" />
              </ItemGroup>
            </Project>
            """);

        foreach (var file in learnerFiles)
        {
            File.WriteAllText(Path.Combine(library, file.Path), file.Text);
        }

        foreach (var test in kata.ReadTests())
        {
            File.WriteAllText(Path.Combine(tests, Path.GetFileName(test.Path)), test.Text);
        }

        return new MutationProject(folder);
    }

    // A file removed from the kata must not linger in the project; bin/ and obj/ stay, so a rerun builds incrementally.
    private static string FolderWithoutSources(string path)
    {
        Directory.CreateDirectory(path);
        foreach (var source in Directory.EnumerateFiles(path, "*.cs"))
        {
            File.Delete(source);
        }

        return path;
    }
}
