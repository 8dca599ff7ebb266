using MlKata.Core.Processes;
using NUnit.Framework;

namespace Template.Tests;

/// <summary>
/// The mlkata tool as a learner gets it: packed from this checkout into a folder feed at the local
/// feed's version, carrying the catalog and the local feed's packages (the fixture packed them
/// already, so the tool's pack takes them rather than packing them again), and installed from that
/// feed into a tool path of its own, outside the repository. Packed once, for every test that needs it.
/// </summary>
public static class InstalledTool
{
    private static readonly Lazy<string> PackedFeed = new(Pack);
    private static readonly Lazy<string> Installed = new(() => Install(PackedFeed.Value));

    /// <summary>The folder feed holding the tool package and the packages it was packed with (packed on first use).</summary>
    public static string Feed => PackedFeed.Value;

    /// <summary>The installed <c>mlkata</c> command (installed on first use).</summary>
    public static string Command => Installed.Value;

    /// <summary>Runs the installed <c>mlkata arguments…</c> in <paramref name="folder"/>, with its own template store.</summary>
    public static (int ExitCode, string Output) Run(string folder, params string[] arguments) =>
        DotnetCli.RunCommand(Command, folder, new Dictionary<string, string>
        {
            ["MLKATA_TEMPLATE_HIVE"] = Path.Combine(TemplateFixture.Work, "tool-hive"),
            ["COLUMNS"] = "200",

            // `check` goes through the resident check server, as a learner's does; a short idle
            // timeout ends the server soon after the test instead of minutes later.
            ["MLKATA_CHECK_SERVER_IDLE_SECONDS"] = "20",
            ["XDG_RUNTIME_DIR"] = ServerFolder,
        }, arguments);

    /// <summary>Where the installed tool's check server keeps its socket and its log of checks.</summary>
    public static string ServerFolder => Directory.CreateDirectory(Path.Combine(TemplateFixture.Work, "runtime")).FullName;

    private static string Pack()
    {
        var feed = Path.Combine(TemplateFixture.Work, "tool-feed");
        var (exitCode, output) = DotnetCli.Run(TemplateFixture.Root, null,
            "pack", Path.Combine("runner", "MlKata.Cli"), "-c", "Release", $"-p:Version={TemplateFixture.Version}", $"-p:ToolFeedSource={TemplateFixture.Feed}", "-o", feed, "-nologo", "-v:q");
        Assert.That(exitCode, Is.Zero, output);
        return feed;
    }

    private static string Install(string feed)
    {
        var toolPath = Path.Combine(TemplateFixture.Work, "tool");
        var (exitCode, output) = DotnetCli.Run(TemplateFixture.Work, null,
            "tool", "install", "MlKata.Cli", "--tool-path", toolPath, "--version", TemplateFixture.Version, "--add-source", feed);
        Assert.That(exitCode, Is.Zero, output);
        return Path.Combine(toolPath, OperatingSystem.IsWindows() ? "mlkata.exe" : "mlkata");
    }
}
