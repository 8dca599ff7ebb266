using MlKata.Core.Engine.DotnetTest;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>A crashed `dotnet test` run is reported with its cause, read from what VSTest printed.</summary>
public sealed class DotnetTestCrashTests
{
    [Test]
    public void A_stack_overflow_names_the_innermost_frame_outside_the_runtime()
    {
        const string output = """
            Test run for /work/artifacts/dotnet-test/flatten-nested/bin/Debug/net10.0/flatten-nested.dll (.NETCoreApp,Version=v10.0)
            A total of 1 test files matched the specified pattern.
            The active test run was aborted. Reason: Test host process crashed : Stack overflow.
               at System.Array.GetEnumerator()
               at Katas.FlattenNested.Nested+<Leaves>d__1.MoveNext()
               at Katas.FlattenNested.Nested+<Leaves>d__1.MoveNext()
               at Katas.FlattenNested.Nested+<Leaves>d__1.M

            Test Run Aborted.
            """;

        Assert.That(DotnetTestOutput.CrashCause(output),
            Is.EqualTo(" with a stack overflow in Katas.FlattenNested.Nested+<Leaves>d__1.MoveNext(): look for unbounded recursion"));
    }

    [Test]
    public void Another_crash_gives_the_reason_VSTest_states()
    {
        const string output = """
            The active test run was aborted. Reason: Test host process crashed : Unhandled exception. System.InvalidOperationException: background boom
               at Tiny.Adder.<>c.<Add>b__0_0()

            Test Run Aborted.
            """;

        Assert.That(DotnetTestOutput.CrashCause(output), Is.EqualTo(": Unhandled exception. System.InvalidOperationException: background boom"));
    }

    [Test]
    public void Without_a_stated_reason_the_last_line_printed_is_kept()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DotnetTestOutput.CrashCause("Starting test execution, please wait...\nTest Run Aborted.\n"), Is.EqualTo(": Test Run Aborted."));
            Assert.That(DotnetTestOutput.CrashCause(""), Is.EqualTo(": dotnet test printed nothing"));
        });
    }
}
