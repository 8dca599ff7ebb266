using MlKata.Core.Catalog;
using MlKata.Core.Mutation;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// Kernels fenced by Stryker's disable/restore comments, so that no mutant switch is placed in
/// them, without moving a line: the report must point at the reference's own lines.
/// </summary>
public sealed class KernelFenceTests
{
    private const string Source = """
        public static class Two
        {
            private static void First(int x) { }

            private static void Second(int y)
            {
            }

            public static int Host(int z) => z + 1;
        }
        """;

    [Test]
    public void Each_kernel_is_wrapped_in_disable_and_restore_on_its_own_lines()
    {
        var first = Kernel(Source, "First");
        var second = Kernel(Source, "Second");

        var fenced = KernelFence.Apply([new SourceFile("Two.cs", Source)], [first, second]).Single().Text;

        Assert.Multiple(() =>
        {
            Assert.That(fenced.Split('\n'), Has.Length.EqualTo(Source.Split('\n').Length), "no line moves");
            Assert.That(fenced, Does.Contain($"{KernelFence.Disable}private static void First(int x) {{ }}{KernelFence.Restore}\n"));
            Assert.That(fenced, Does.Contain($"{KernelFence.Disable}private static void Second(int y)\n    {{\n    }}{KernelFence.Restore}\n"));
            Assert.That(fenced, Does.Contain("\n    public static int Host(int z) => z + 1;\n"), "host code untouched");
        });
    }

    [Test]
    public void Files_without_kernels_are_unchanged()
    {
        var fenced = KernelFence.Apply([new SourceFile("Two.cs", Source), new SourceFile("Other.cs", "class Other { }")], [Kernel(Source, "First")]);

        Assert.That(fenced[1].Text, Is.EqualTo("class Other { }"));
    }

    private static KernelSpan Kernel(string source, string name)
    {
        var start = source.IndexOf($"private static void {name}", StringComparison.Ordinal);
        var end = source.IndexOf('}', source.IndexOf('{', start)) + 1;
        return new KernelSpan("Two.cs", name, start, end, 0, 0);
    }
}
