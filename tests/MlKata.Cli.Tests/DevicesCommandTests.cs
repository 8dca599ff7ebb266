using NUnit.Framework;

namespace MlKata.Cli.Tests;

public sealed class DevicesCommandTests
{
    [Test]
    public void Devices_lists_what_ILGPU_sees_and_what_auto_picks()
    {
        var (exitCode, output) = Learner.Run(Learner.Root, "devices");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("CPU").And.Contain("MLKATA_DEVICE=auto →"));
    }
}
