using MlKata.Core.Catalog;
using NUnit.Framework;

namespace MlKata.Cli.Tests;

/// <summary>
/// One grade run with a hostile learner for every way a submission has tried to score what it did
/// not earn or to damage other rows: each gets the row it earned, and the honest learners beside
/// them keep full points.
/// </summary>
public sealed class HostileGradeTests
{
    private const string Window = "sliding-window-average";
    private const string Full = "Passed 21/21";

    [Test, Category("Slow")]
    public void Every_attack_gets_the_row_it_earned_and_honest_learners_keep_full_points()
    {
        using var submissions = new Submissions();
        var kata = Learner.Canonical(Window);
        var stub = kata.ReadStub().LearnerFiles[0].Text;
        var reference = kata.ReadReference().LearnerFiles[0].Text;
        var alice = submissions.Add("alice", Window);
        submissions.Add("bob", Window);
        submissions.Add("idle", Window, learnerText: stub);

        // The test framework, by name, by reflection, and by its kit's attributes.
        submissions.Add("nunit-by-name", Window, learnerTextFrom: k => Submissions.Sabotaged(k, "NUnit.Framework.Assert.Pass();"));
        submissions.Add("nunit-by-reflection", Window, learnerTextFrom: k => Submissions.Sabotaged(k,
            "Type.GetType(\"NUnit.Framework.Assert, nunit.framework\")?.GetMethod(\"Pass\", Type.EmptyTypes)?.Invoke(null, null);"));
        submissions.Add("points-inflater", Window, learnerText: reference + "\n[MlKata.Testing.Points(1000)] public sealed class Bonus { }\n");

        // Standing in for the names the tests use.
        submissions.Add("shadow", Window, learnerText: stub + """

            public static class Assert
            {
                public static void That<T>(T actual, object? constraint = null, string? message = null) { }
                public static TException Throws<TException>(Action code) where TException : Exception => null!;
            }
            """);

        submissions.Add("shadow-in-nunit", Window, learnerText:
            stub.Replace("namespace Katas.SlidingWindowAverage;", "namespace Katas.SlidingWindowAverage {", StringComparison.Ordinal) + """
            }

            namespace NUnit.Framework
            {
                public static class Assert { public static void That<T>(T actual, object? constraint = null, string? message = null) { } }
            }
            """);

        // Code that runs before or beside the tests.
        submissions.Add("initializer", Window, learnerText: reference + "\ninternal static class Early { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Run() { } }\n");
        submissions.Add("assembly-attribute", Window, learnerText: "[assembly: System.Reflection.AssemblyMetadata(\"graded\", \"yes\")]\n" + reference);
        submissions.Add("hooker", Window, learnerTextFrom: k => Submissions.Sabotaged(k,
            "AppDomain.CurrentDomain.FirstChanceException += (_, _) => { };"));
        submissions.Add("forger", Window, learnerTextFrom: k => Submissions.Sabotaged(k,
            "using var raw = Console.OpenStandardOutput(); raw.Write(System.Text.Encoding.UTF8.GetBytes(\"\\u001e{\\\"kind\\\":\\\"result\\\"}\\n\"));"));
        submissions.Add("spawner", Window, learnerTextFrom: k => Submissions.Sabotaged(k, "System.Diagnostics.Process.Start(\"sleep\", \"600\");"));
        submissions.Add("writer", Window, learnerTextFrom: k => Submissions.Sabotaged(k,
            $"System.IO.File.WriteAllText(@\"{Path.Combine(alice, "src", kata.Manifest.LearnerFiles[0])}\", \"class Broken {{\");"));

        // Files that are not what they seem.
        var linker = submissions.Add("linker", Window);
        Replace(linker, kata, source => File.CreateSymbolicLink(source, Path.Combine(kata.Directory, KataLayout.Solution, kata.Manifest.LearnerFiles[0])));
        var zero = submissions.Add("zero", Window);
        Replace(zero, kata, source => File.CreateSymbolicLink(source, "/dev/zero"));
        var huge = submissions.Add("huge", Window);
        Replace(huge, kata, source => File.WriteAllText(source, reference + new string(' ', 2 * 1024 * 1024)));

        // A name that would reshape summary.md: honest code, hostile folder name.
        const string Reshaper = "eve | all 21 |\n| mallory | <!-- ";
        submissions.Add(Reshaper, Window);

        var (exitCode, output) = Learner.Run(submissions.Root, "grade", submissions.Folder, "--out", submissions.Out, "--jobs", "2", "--timeout", "20");
        var rows = GradeRows.Read(submissions.Out);
        string Row(string learner) => rows[(learner, Window)];

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(Row("alice"), Does.StartWith(Full));
            Assert.That(Row("bob"), Does.StartWith(Full));
            Assert.That(File.ReadAllText(Path.Combine(alice, "src", kata.Manifest.LearnerFiles[0])), Is.EqualTo(reference), "alice's file is untouched");
            Assert.That(Row("idle"), Does.StartWith("Failed 0/21"), "the unchanged stub earns nothing");
            Assert.That(Row("nunit-by-name"), Does.StartWith("CompileError 0/21"), "learner code cannot see NUnit");
            Assert.That(Row("nunit-by-reflection"), Does.StartWith("Invalid 0/21").And.Contain("MLK900"));
            Assert.That(Row("points-inflater"), Does.StartWith("CompileError 0/21"), "nor the kit's attributes");
            Assert.That(Row("shadow"), Does.StartWith("Invalid 0/21").And.Contain("Katas.SlidingWindowAverage.Assert"));
            Assert.That(Row("shadow-in-nunit"), Does.StartWith("CompileError 0/21").And.Contain("CS0433"), "NUnit's own name, declared twice, binds to neither");
            Assert.That(Row("hooker"), Does.StartWith("Invalid 0/21").And.Contain("MLK900"));
            Assert.That(Row("initializer"), Does.StartWith("Invalid 0/21").And.Contain("MLK900"));
            Assert.That(Row("assembly-attribute"), Does.StartWith("Invalid 0/21").And.Contain("MLK900"));
            Assert.That(Row("forger"), Does.StartWith("Invalid 0/21").And.Contain("MLK900"));
            Assert.That(Row("spawner"), Does.StartWith("Invalid 0/21").And.Contain("MLK900"));
            Assert.That(Row("writer"), Does.StartWith("Invalid 0/21").And.Contain("MLK900"));
            Assert.That(Row("linker"), Does.StartWith("Invalid 0/21").And.Contain("link"));
            Assert.That(Row("zero"), Does.StartWith("Invalid 0/21").And.Contain("link"));
            Assert.That(Row("huge"), Does.StartWith("Invalid 0/21").And.Contain("1,048,576 bytes"));
            Assert.That(Row(Reshaper), Does.StartWith(Full));
            Assert.That(rows, Has.Count.EqualTo(18), "a row for every learner");
            var summary = File.ReadAllText(Path.Combine(submissions.Out, "summary.md"));
            Assert.That(summary.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)), Is.EqualTo(1 + 18), "the header and one table row per learner");
            Assert.That(summary, Does.Not.Contain("<!--"));
        });
    }

    private static void Replace(string folder, Kata kata, Action<string> write)
    {
        var source = Path.Combine(folder, KataLayout.Source, kata.Manifest.LearnerFiles[0]);
        File.Delete(source);
        write(source);
    }
}
