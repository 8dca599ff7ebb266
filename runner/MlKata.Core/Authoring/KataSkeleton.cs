using System.Globalization;
using System.Text.RegularExpressions;
using MlKata.Core.Catalog;

namespace MlKata.Core.Authoring;

/// <summary>
/// Writes a new kata folder that is complete in form (it loads, it builds) and fails
/// verification until its author fills it in: every place to fill holds
/// <see cref="Marker"/>, which the verifier reports wherever it is left, and the reference
/// starts as the stub, so it fails every test.
/// </summary>
public static partial class KataSkeleton
{
    /// <summary>The text that marks what an author has still to write.</summary>
    public const string Marker = "TODO(author)";

    /// <summary>Whether <paramref name="id"/> is a kata id: kebab-case, starting with a letter.</summary>
    public static bool IsValidId(string id) => KebabCase().IsMatch(id);

    /// <summary>Writes the skeleton of kata <paramref name="id"/> under <paramref name="katasFolder"/>; returns its folder.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case.</exception>
    /// <exception cref="IOException">The folder exists already.</exception>
    public static string Write(string katasFolder, string id, bool gpu)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"'{id}' is not a kata id: use kebab-case, such as 'lru-cache'.", nameof(id));
        }

        var folder = Path.Combine(katasFolder, id);
        if (Directory.Exists(folder))
        {
            throw new IOException($"{folder} exists already.");
        }

        var type = TypeName(id);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [KataManifestReader.FileName] = Manifest(id, type, gpu),
            [KataLayout.Readme] = Readme(type, gpu),
            [$"{KataLayout.Source}/{type}.cs"] = Stub(type),
            [$"{KataLayout.Solution}/{type}.cs"] = Stub(type),
            [$"{KataLayout.Tests}/{type}Tests.cs"] = Tests(type, gpu),
            [$"{KataLayout.Mistakes}/name-the-mistake.cs"] = Stub(type).Replace("namespace", $"// {Marker}: the reference with one flaw; store it with `mlkata dev mistake new`.\nnamespace", StringComparison.Ordinal),
        };
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return folder;
    }

    /// <summary>Every <see cref="Marker"/> left in the kata's folder, as "file:line".</summary>
    public static IReadOnlyList<string> MarkersLeft(Kata kata) =>
        Directory.EnumerateFiles(kata.Directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadLines(file)
                .Select((line, index) => (line, index))
                .Where(l => l.line.Contains(Marker, StringComparison.Ordinal))
                .Select(l => $"{Path.GetRelativePath(kata.Directory, file).Replace('\\', '/')}:{l.index + 1}"))
            .ToList();

    private static string TypeName(string id) =>
        string.Concat(id.Split('-').Select(part => char.ToUpper(part[0], CultureInfo.InvariantCulture) + part[1..]));

    private static string Manifest(string id, string type, bool gpu) => $$"""
        {
          "id": "{{id}}",
          "title": "{{Marker}}: one line for listings",
          "level": "medium",
          "track": "{{(gpu ? "deep-learning-numerics" : "data-structures")}}",
          "topics": [],
          "files": ["{{type}}.cs"],
          "points": 1,
          "timeLimitSeconds": 20,
          "gpu": {{(gpu ? "true" : "false")}},
          "hints": {
            "1": [
              "{{Marker}}: task 1's first hint, revealed before its others while task 1 fails"
            ]
          },
          "mistakes": {
            "name-the-mistake": {
              "description": "{{Marker}}: the mistake in a sentence, as a reviewer would name it.",
              "rules": []
            }
          }
        }

        """;

    private static string Readme(string type, bool gpu)
    {
        var tasks = gpu
            ? $"""
              ## Task 1: the scalar version

              {Marker}: what each member does, its edge cases, and what it throws.

              ## Task 2: the kernel

              {Marker}: the ILGPU kernel and the host code that launches it.

              ## Task 3: the fast CPU path

              {Marker}: the SIMD path, and the entry point that takes a `ComputeDevice`.
              """
            : $"""
              ## Task 1: the contract

              {Marker}: what each member does, its edge cases, and what it throws.
              """;
        return $"""
            # {Marker}: the title

            {Marker}: the problem in our own words, with an example.

            ```csharp
            var it = new {type}();
            ```

            {tasks}

            ## Complexity to reach

            {Marker}

            ## What interviewers look for

            {Marker}

            """;
    }

    private static string Stub(string type) => $$"""
        namespace Katas.{{type}};

        /// <summary>{{Marker}}: what it is, in a sentence.</summary>
        public sealed class {{type}}
        {
            /// <summary>{{Marker}}: what it returns.</summary>
            public int Compute(int input)
            {
                throw new NotImplementedException();
            }
        }

        """;

    private static string Tests(string type, bool gpu) => $$"""
        using MlKata.Testing;
        {{(gpu ? "using MlKata.Testing.Gpu;\n" : "")}}using NUnit.Framework;

        namespace Katas.{{type}}.Tests;

        public sealed class {{type}}Tests{{(gpu ? " : KernelFixture" : "")}}
        {
            // {{Marker}}: the canonical tests, each with [Task(n)] and [Points(n)]; they must fail on the stub.
            [Test, Task(1), Points(1)]
            public void Compute_returns_its_input()
            {
                Assert.That(new {{type}}().Compute(1), Is.EqualTo(1));
            }
        }

        """;

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
