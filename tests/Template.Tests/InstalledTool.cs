using MlKata.Core.Processes;
using NUnit.Framework;

namespace Template.Tests;

/// <summary>
/// The mlkata tool as a learner gets it: packed from this checkout into a folder feed (with the
/// catalog and packages it carries), at the local feed's version, and installed from that feed
/// into a tool path of its own, outside the repository. Packed once, for every test that needs it.
/// </summary>
public static class InstalledTool
{
    private static readonly Lazy<string> Installed = new(PackAndInstall);

    /// <summary>The folder feed holding the tool package and the packages it was packed with.</summary>
    public static string Feed => Path.Combine(TemplateFixture.Work, "tool-feed");

    /// <summary>The installed <c>mlkata</c> command.</summary>
    public static string Command => Installed.Value;

    /// <summary>Runs the installed <c>mlkata arguments…</c> in <paramref name="folder"/>, with its own template store.</summary>
    public static (int ExitCode, string Output) Run(string folder, params string[] arguments) =>
        DotnetCli.RunCommand(Command, folder, new Dictionary<string, string>
        {
            ["MLKATA_TEMPLATE_HIVE"] = Path.Combine(TemplateFixture.Work, "tool-hive"),
            ["COLUMNS"] = "200",
        }, arguments);

    private static string PackAndInstall()
    {
        var (packExit, packOutput) = DotnetCli.Run(TemplateFixture.Root, null,
            "pack", Path.Combine("runner", "MlKata.Cli"), "-c", "Release", $"-p:Version={TemplateFixture.Version}", "-o", Feed, "-nologo", "-v:q");
        Assert.That(packExit, Is.Zero, packOutput);

        var toolPath = Path.Combine(TemplateFixture.Work, "tool");
        var (installExit, installOutput) = DotnetCli.Run(TemplateFixture.Work, null,
            "tool", "install", "MlKata.Cli", "--tool-path", toolPath, "--version", TemplateFixture.Version, "--add-source", Feed);
        Assert.That(installExit, Is.Zero, installOutput);
        return Path.Combine(toolPath, OperatingSystem.IsWindows() ? "mlkata.exe" : "mlkata");
    }
}
