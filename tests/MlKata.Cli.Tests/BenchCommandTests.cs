using NUnit.Framework;

namespace MlKata.Cli.Tests;

[Category("Slow")]
public sealed class BenchCommandTests
{
    [Test]
    public void Bench_times_the_learners_paths_against_the_reference_and_the_scalar_baseline()
    {
        using var learner = Learner.Start("softmax");
        learner.Solve();

        var (exitCode, output) = learner.Mlkata("bench", learner.Folder, "--size", "64");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("64 rows × 4096 logits").And.Contain("scalar baseline").And.Contain("reference SIMD")
            .And.Contain("your SIMD").And.Contain("GB/s").And.Contain("CPU peak"));
    }

    [Test]
    public void A_path_not_written_yet_gets_a_row_that_says_so()
    {
        using var learner = Learner.Start("weight-pruning");

        var (exitCode, output) = learner.Mlkata("bench", learner.Folder, "--size", "64");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("your SIMD").And.Contain("not implemented yet"));
    }

    [Test]
    public void A_kata_without_a_benchmark_is_bad_input()
    {
        using var learner = Learner.Start("sliding-window-average");

        var (exitCode, output) = learner.Mlkata("bench", learner.Folder);

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("has no benchmark").And.Not.Contain("   at "));
    }

    [Test]
    public void A_size_that_is_not_positive_is_bad_input()
    {
        using var learner = Learner.Start("softmax");

        var (exitCode, output) = learner.Mlkata("bench", learner.Folder, "--size", "0");

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("--size must be positive"));
    }
}
