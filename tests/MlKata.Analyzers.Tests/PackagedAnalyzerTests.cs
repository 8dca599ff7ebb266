using System.IO.Compression;
using MlKata.Core.Processes;
using NUnit.Framework;

namespace MlKata.Analyzers.Tests;

/// <summary>
/// The guard against an analyzer the compiler silently refuses to load (CS9057 when it is
/// built on a newer Roslyn than the SDK's): pack MlKata.Analyzers into a local folder feed,
/// build a throwaway project that consumes it, and read the warnings `dotnet build` prints.
/// </summary>
[NonParallelizable]
[Category("Slow")]
public sealed class PackagedAnalyzerTests
{
    private const string Version = "0.0.0-consumer-test";
    private string _work = null!;
    private string _feed = null!;

    [OneTimeSetUp]
    public void PackIntoAFolderFeed()
    {
        _work = Directory.CreateTempSubdirectory("mlkata-analyzer-package-").FullName;
        _feed = Path.Combine(_work, "feed");
        var project = Path.Combine(RuleDocumentationTests.RepositoryRoot(), "analyzers", "MlKata.Analyzers.Package", "MlKata.Analyzers.Package.csproj");

        // A configuration of its own: Template.Tests packs the same projects in Release at the same
        // time, and two builds must not write one output folder. The solution's restore covers it.
        var (exitCode, output) = DotnetCli.Run(_work, null, "pack", project, "-c", "PackageTest", "--no-restore", "-o", _feed, $"-p:Version={Version}");

        Assert.That(exitCode, Is.Zero, output);
    }

    [OneTimeTearDown]
    public void DeleteTheWorkFolder() => Directory.Delete(_work, recursive: true);

    [Test]
    public void Package_holds_the_analyzers_where_compilers_look_and_is_a_development_dependency()
    {
        using var package = ZipFile.OpenRead(Path.Combine(_feed, $"MlKata.Analyzers.{Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());

        Assert.Multiple(() =>
        {
            Assert.That(entries, Does.Contain("analyzers/dotnet/cs/MlKata.Analyzers.dll"));
            Assert.That(entries, Does.Contain("analyzers/dotnet/cs/MlKata.Analyzers.CodeFixes.dll"));
            Assert.That(entries, Does.Contain("build/MlKata.Analyzers.props"), $"the props that make {HelpLinks.Property} visible to the analyzers");
            Assert.That(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)), Is.Empty, "an analyzer package adds no runtime reference");
            Assert.That(nuspec.ReadToEnd(), Does.Contain("<developmentDependency>true</developmentDependency>"));
        });
    }

    [Test]
    public void Dotnet_build_of_a_consumer_prints_the_rules_with_message_and_the_help_link_it_configures()
    {
        var consumer = Directory.CreateDirectory(Path.Combine(_work, "consumer")).FullName;
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <{HelpLinks.Property}>{HelpLinkTests.DocsUrl}</{HelpLinks.Property}>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MlKata.Analyzers" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{_feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Window.cs"), KataCode.MistakeText("sliding-window-average", "list-remove-at-zero", "SlidingWindowAverage.cs"));
        // dense-relu-layer's own mistake needs ILGPU and MlKata.Testing, which this offline feed lacks: its MLK003 core.
        File.WriteAllText(Path.Combine(consumer, "Layer.cs"), """
            public sealed class DenseReluLayer(float[,] weights, float[] bias)
            {
                public float[,] Weights { get; } = weights;

                public float[] Bias { get; } = bias;

                public float[] Forward(float[] input)
                {
                    var output = new float[Weights.GetLength(0)];
                    for (var o = 0; o < output.Length; o++)
                    {
                        for (var i = 0; i < input.Length; i++)
                        {
                            output[o] += Weights[o, i] * input[i];
                        }

                        output[o] = MathF.Max(0f, output[o]);
                    }

                    return output;
                }
            }
            """);
        File.WriteAllText(Path.Combine(consumer, "Loader.cs"), KataCode.MistakeText("thread-safe-model-loader", "unsynchronised-check-then-create", "ModelLoader.cs"));

        // A private packages folder: a stale copy of the same version in the global cache cannot stand in.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "packages") };
        var (exitCode, output) = DotnetCli.Run(consumer, environment, "build", "-nologo");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Not.Contain("CS9057"), "the compiler refused to load the analyzers");
            Assert.That(output, Does.Contain("Window.cs(").And.Contain("warning MLK001: '_window' is used as a queue"));
            Assert.That(output, Does.Contain("warning MLK003: 'Forward' reads the weights 'Weights' but never the bias 'Bias'"));
            Assert.That(output, Does.Contain("Loader.cs").And.Contain("warning MLK004: '_model' is created under a null check with no lock"));
            Assert.That(output, Does.Contain($"({HelpLinkTests.LinkOf("MLK001")})"), $"the help link, made from {HelpLinks.Property} by the package's build props");
        });
    }
}
