namespace MlKata.Core.Tests;

/// <summary>A throwaway kata folder in the temp directory, written file by file, deleted on dispose.</summary>
internal sealed class TempKata : IDisposable
{
    public const string ValidManifest = """
        {
          "id": "tiny",
          "title": "Tiny kata",
          "level": "easy",
          "track": "data-structures",
          "files": ["Adder.cs"],
          "points": 2,
          "timeLimitSeconds": 5,
          "hints": { "1": ["add them"] },
          "mistakes": { "subtracts": { "description": "subtracts instead", "rules": [] } }
        }
        """;

    public const string Tests = """
        using MlKata.Testing;
        using NUnit.Framework;

        namespace Tiny.Tests;

        public sealed class AdderTests
        {
            [Test, Task(1), Points(1)]
            public void Adds() => Assert.That(Tiny.Adder.Add(2, 3), Is.EqualTo(5));

            [Test, Task(1), Points(1)]
            public void Adds_negatives() => Assert.That(Tiny.Adder.Add(-2, -3), Is.EqualTo(-5));
        }
        """;

    public const string Solution = "namespace Tiny; public static class Adder { public static int Add(int a, int b) => a + b; }";

    private TempKata(string parent)
    {
        Parent = parent;
        Directory = System.IO.Directory.CreateDirectory(Path.Combine(parent, "tiny")).FullName;
    }

    public string Parent { get; }

    public string Directory { get; }

    /// <summary>A complete, valid kata named 'tiny' whose learner file adds two ints.</summary>
    public static TempKata CreateValid(string? manifest = null)
    {
        var kata = new TempKata(System.IO.Directory.CreateTempSubdirectory("mlkata-test-").FullName);
        kata.Write("kata.json", manifest ?? ValidManifest);
        kata.Write("README.md", "# Tiny");
        kata.Write("src/Adder.cs", "namespace Tiny; public static class Adder { public static int Add(int a, int b) => throw new System.NotImplementedException(); }");
        kata.Write("solution/Adder.cs", Solution);
        kata.Write("tests/AdderTests.cs", Tests);
        kata.Write("mistakes/subtracts.cs", "namespace Tiny; public static class Adder { public static int Add(int a, int b) => a - b; }");
        return kata;
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Directory, relativePath));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Parent, recursive: true);
        }
        catch (IOException)
        {
            // a timed-out test thread may still hold a file; the temp folder is cleaned later
        }
    }
}
