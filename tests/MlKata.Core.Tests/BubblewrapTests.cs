using System.Diagnostics;
using MlKata.Core.Engine.Isolation;
using NUnit.Framework;

namespace MlKata.Core.Tests;

/// <summary>The grading sandbox itself: what a process inside it can see, write and leave behind.</summary>
public sealed class BubblewrapTests
{
    private DirectoryInfo _outside = null!;

    [SetUp]
    public void NeedsTheSandbox()
    {
        Assume.That(Bubblewrap.Unavailable, Is.Null, "bubblewrap is installed by ./test.sh on Linux");
        _outside = Directory.CreateTempSubdirectory("mlkata-sandbox-");
    }

    [TearDown]
    public void RemoveFolders() => _outside?.Delete(recursive: true);

    [Test]
    public void A_hidden_folder_is_empty_inside_and_its_files_stay_untouched()
    {
        var secret = Directory.CreateDirectory(Path.Combine(_outside.FullName, "submissions")).FullName;
        File.WriteAllText(Path.Combine(secret, "alice.cs"), "honest work");

        var (exitCode, output) = Sandboxed([secret], $"ls -A '{secret}'; echo forged > '{secret}/alice.cs' 2>/dev/null; echo wrote:$?");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output.Trim(), Is.EqualTo("wrote:0"), "the folder is an empty private one inside: nothing listed, the write lands there");
            Assert.That(File.ReadAllText(Path.Combine(secret, "alice.cs")), Is.EqualTo("honest work"));
        });
    }

    [Test]
    public void The_file_system_is_read_only_but_for_a_private_tmp()
    {
        var target = Path.Combine(_outside.FullName, "planted.txt");
        var privateFile = $"/tmp/mlkata-sandbox-probe-{Guid.NewGuid():N}";

        var (_, output) = Sandboxed([], $"echo x > '{target}' 2>/dev/null; echo outside:$?; echo y > '{privateFile}'; echo tmp:$?");

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Not.Contain("outside:0").And.Contain("tmp:0"), "the write outside fails, the one in /tmp works");
            Assert.That(File.Exists(target), Is.False);
            Assert.That(File.Exists(privateFile), Is.False, "the sandbox's /tmp is its own");
        });
    }

    [Test]
    public void A_visible_folder_stays_readable_even_under_the_private_tmp()
    {
        var program = Directory.CreateDirectory(Path.Combine(_outside.FullName, "runner")).FullName;
        File.WriteAllText(Path.Combine(program, "worker.dll"), "the worker");

        var (_, output) = Sandboxed([], $"cat '{Path.Combine(program, "worker.dll")}'", visible: [program]);

        Assert.That(output, Is.EqualTo("the worker"), $"{program} is under {Path.GetTempPath()}, which the sandbox replaces");
    }

    [Test]
    public void There_is_no_network_but_loopback()
    {
        var (_, output) = Sandboxed([], "tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '");

        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Is.EqualTo(new[] { "lo" }));
    }

    [Test]
    public void A_process_left_running_dies_with_the_sandbox()
    {
        var marker = $"{Random.Shared.Next(100_000, 999_999)}.25";
        var clock = Stopwatch.StartNew();

        Sandboxed([], $"sleep {marker} & echo started");

        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "the sandbox returns when its main process does");
            Assert.That(Processes().Any(p => p.Contains(marker, StringComparison.Ordinal)), Is.False, "its own PID namespace ends with it");
        });
    }

    private static (int ExitCode, string Output) Sandboxed(IReadOnlyList<string> hidden, string script, IReadOnlyList<string>? visible = null)
    {
        var start = new ProcessStartInfo(Bubblewrap.Program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in Bubblewrap.Arguments(hidden, visible ?? []).Concat(["sh", "-c", script]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(60)), Is.True, "the sandboxed command finished");
        return (process.ExitCode, output.Result + error.Result);
    }

    private static IEnumerable<string> Processes() =>
        Directory.EnumerateDirectories("/proc")
            .Where(d => int.TryParse(Path.GetFileName(d), out _))
            .Select(d =>
            {
                try
                {
                    return File.ReadAllText(Path.Combine(d, "cmdline")).Replace('\0', ' ');
                }
                catch (IOException)
                {
                    return "";
                }
                catch (UnauthorizedAccessException)
                {
                    return "";
                }
            });
}
