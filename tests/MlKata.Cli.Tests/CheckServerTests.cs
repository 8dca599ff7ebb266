using System.Diagnostics;
using System.Net.Sockets;
using MlKata.Cli.Server;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using NUnit.Framework;

namespace MlKata.Cli.Tests;

/// <summary>
/// The check server `mlkata check` keeps: it prints what a check in the client's own process
/// prints, and a stale socket or a server of another build is passed over quietly. Every
/// server these tests start is stopped before they end.
/// </summary>
[NonParallelizable]
public sealed class CheckServerTests
{
    // A server a failed test leaves behind exits on its own soon.
    private static readonly Dictionary<string, string> WithServer = new() { [ServerSettings.IdleVariable] = "60" };

    private static ServerAddress Address => ServerAddress.ForThisBuild() ?? throw new InconclusiveException("no check server on this system");

    [SetUp]
    [TearDown]
    public void StopServer() => new CheckServerClient(Address).Stop();

    [TestCase("sliding-window-average", false, ExitCodes.Failed)]
    [TestCase("trie", true, ExitCodes.Success)]
    public void A_check_the_server_serves_prints_exactly_what_a_check_in_process_prints(string kataId, bool solved, int exitCode)
    {
        using var learner = Learner.Start(kataId);
        if (solved)
        {
            learner.Solve();
        }

        var inProcess = learner.Mlkata("check", "--no-server", learner.Folder);
        var starting = Learner.Run(learner.Workspace, WithServer, "check", learner.Folder);
        var warm = Learner.Run(learner.Workspace, WithServer, "check", learner.Folder);

        Assert.Multiple(() =>
        {
            Assert.That(inProcess.ExitCode, Is.EqualTo(exitCode), inProcess.Output);
            Assert.That(starting, Is.EqualTo(inProcess), "the check that starts the server");
            Assert.That(warm, Is.EqualTo(inProcess), "a check of the warm server");
            Assert.That(CheckServerHost.ChecksServed(Address), Is.EqualTo(2), "both served by the server");
        });
    }

    [Test]
    public void A_stale_socket_is_replaced_by_a_server_without_a_word()
    {
        // A socket closed in good order takes its file along; one moved away first leaves it, as a server killed mid-check does.
        var bound = Address.SocketPath + ".bound";
        using (var dead = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            dead.Bind(new UnixDomainSocketEndPoint(bound));
            File.Move(bound, Address.SocketPath);
        }

        Assume.That(File.Exists(Address.SocketPath), "a socket file with no server behind it");
        using var learner = Learner.Start("sliding-window-average");

        var (exitCode, output) = Learner.Run(learner.Workspace, WithServer, "check", learner.Folder);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Failed), output);
            Assert.That(output, Does.Contain("14 of 14 tests failed").And.Not.Contain("error").And.Not.Contain("Exception:"));
            Assert.That(CheckServerHost.ChecksServed(Address), Is.EqualTo(1), "a fresh server took the stale socket's place");
        });
    }

    [Test]
    public void The_server_exits_after_its_idle_timeout_and_removes_its_socket()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "mlkata.dll"));
        start.ArgumentList.Add(CheckServerClient.ServeCommand);
        start.Environment[ServerSettings.IdleVariable] = "1";
        using var server = Process.Start(start)!;
        try
        {
            Assert.That(server.WaitForExit(TimeSpan.FromSeconds(20)), Is.True, "exits within the idle timeout and a start");
            Assert.Multiple(() =>
            {
                Assert.That(server.ExitCode, Is.Zero);
                Assert.That(File.ReadAllText(Address.LogPath), Does.Contain($"serving as process {server.Id}").And.Contain("stopped after 1 s without a check"));
                Assert.That(File.Exists(Address.SocketPath), Is.False);
            });
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill();
            }
        }
    }

    [Test]
    public void A_server_of_another_build_is_not_used()
    {
        var folder = Directory.CreateTempSubdirectory("mlkata-server-").FullName;
        var checker = new CountingChecker();
        var older = new ServerAddress(folder, "older-build");
        var host = new Thread(() => new CheckServerHost(older, checker, TimeSpan.FromSeconds(30)).Run());
        host.Start();
        try
        {
            // Where this build looks for its server, the older build's socket.
            var newer = new ServerAddress(folder, "newer-build");
            WaitUntil(() => File.Exists(older.SocketPath), "the older server listens");
            File.CreateSymbolicLink(newer.SocketPath, older.SocketPath);

            var result = new CheckServerClient(newer).TryCheck(Learner.Canonical("trie"), [], "check");

            Assert.That(result, Is.Null);
            Assert.That(checker.Checks, Is.Zero, "the older server checked nothing");
        }
        finally
        {
            new CheckServerClient(older).Stop();
            host.Join();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void WaitUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), what);
            Thread.Sleep(50);
        }
    }

    private sealed class CountingChecker : IKataChecker
    {
        public int Checks { get; private set; }

        public KataResult Check(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName)
        {
            Checks++;
            return KataResult.WithoutTests(kata.Manifest, KataStatus.Passed, "should not be asked");
        }
    }
}
