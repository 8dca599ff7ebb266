using System.Diagnostics;
using MlKata.Testing;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>
/// OtherProcess, under `dotnet test` (the tests are a file on disk, the child program sits beside
/// the kit in this project's output): what a test may claim about a second process.
/// </summary>
public sealed class OtherProcessTests
{
    [Test]
    public void Returns_what_the_method_returns_in_a_process_of_its_own()
    {
        var childProcessId = int.Parse(OtherProcess.Invoke(ProcessId), System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(childProcessId, Is.Not.EqualTo(Environment.ProcessId));
    }

    [Test]
    public void The_child_seeds_string_hashing_anew()
    {
        Assert.That(OtherProcess.Invoke(HashCodes), Is.Not.EqualTo(HashCodes()), "string.GetHashCode of the same strings in two processes");
    }

    [Test]
    public void What_the_method_prints_stays_out_of_its_result()
    {
        Assert.That(OtherProcess.Invoke(PrintsThenReturns), Is.EqualTo("résultat ✓"));
    }

    [Test]
    public void An_exception_in_the_child_fails_the_call_with_its_type_and_message()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => OtherProcess.Invoke(Throws));

        Assert.That(failure.Message, Does.Contain("Throws failed in another process").And.Contain("NotImplementedException: not in this process either"));
    }

    [Test]
    public void A_lambda_is_refused_with_how_to_pass_a_static_method()
    {
        var suffix = "captured";

        var failure = Assert.Throws<ArgumentException>(() => OtherProcess.Invoke(() => suffix));

        Assert.That(failure.Message, Does.Contain("must be a static method").And.Contain("method group"));
    }

    [Test]
    public void A_child_past_its_time_limit_is_killed_and_the_call_times_out()
    {
        var clock = Stopwatch.StartNew();

        var failure = Assert.Throws<TimeoutException>(() => OtherProcess.Invoke(NeverReturns, TimeSpan.FromSeconds(3)));

        Assert.That(failure.Message, Does.Contain("NeverReturns did not return in another process within 3 s"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    private static string ProcessId() => Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string HashCodes() => string.Join(",", new[] { "alpha", "beta", "gamma", "delta" }.Select(s => s.GetHashCode()));

    private static string PrintsThenReturns()
    {
        Console.WriteLine("printed, not returned");
        return "résultat ✓";
    }

    private static string Throws() => throw new NotImplementedException("not in this process either");

    private static string NeverReturns()
    {
        Thread.Sleep(Timeout.Infinite);
        return "";
    }
}
