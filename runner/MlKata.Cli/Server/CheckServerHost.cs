using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;

namespace MlKata.Cli.Server;

/// <summary>
/// The resident check server: listens on its build's socket, keeps a compiler and a worker warm
/// across checks (as `mlkata watch` does), serves one check at a time and answers "busy" to a
/// client that comes meanwhile, and exits after <see cref="ServerSettings.IdleTimeout"/> without a
/// check. Learner code runs only in <paramref name="checker"/>'s worker, never here.
/// </summary>
internal sealed class CheckServerHost(ServerAddress address, IKataChecker checker, TimeSpan idleTimeout)
{
    // Marks the log line of each check served.
    private const string CheckedEntry = "checked ";

    // Another build's log, once its server is long gone, is only clutter.
    private static readonly TimeSpan OldLog = TimeSpan.FromDays(1);

    // How often the accept loop looks up from waiting, to notice a stop request.
    private static readonly TimeSpan StopPoll = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private bool _serving;
    private bool _stopping;
    private long _lastActivity = Stopwatch.GetTimestamp();

    /// <summary>Serves until idle or stopped; false at once when another server of this build holds the lock.</summary>
    public bool Run()
    {
        FileStream serverLock;
        try
        {
            // .NET locks a file opened without sharing (flock on Unix): one server per build.
            serverLock = new FileStream(address.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return false;
        }

        using (serverLock)
        {
            RemoveOldLogs();
            File.WriteAllText(address.LogPath, $"{DateTimeOffset.Now:O} serving as process {Environment.ProcessId}, idle timeout {idleTimeout.TotalSeconds:0} s{Environment.NewLine}");

            // A plain kill (SIGTERM, or the session's end) stops it as a stop request does, so it
            // leaves no socket behind; the loop notices within a poll.
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                RequestStop();
            });
            Listen();
        }

        return true;
    }

    private void Listen()
    {
        File.Delete(address.SocketPath); // a stale socket of a server that died: the lock says none runs
        try
        {
            using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            listener.Bind(new UnixDomainSocketEndPoint(address.SocketPath));
            listener.Listen(backlog: 8);
            Accept(listener);
            Log(_stopping ? "stopped on request" : $"stopped after {idleTimeout.TotalSeconds:0} s without a check");
        }
        finally
        {
            // The socket first: a server that takes the lock next finds no socket of this one.
            File.Delete(address.SocketPath);
            File.Delete(address.LockPath);
        }
    }

    private void Accept(Socket listener)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_stopping || (!_serving && Stopwatch.GetElapsedTime(_lastActivity) > idleTimeout))
                {
                    return;
                }
            }

            if (!listener.Poll(StopPoll, SelectMode.SelectRead))
            {
                continue;
            }

            var connection = listener.Accept();
            bool busy;
            lock (_gate)
            {
                busy = _serving;
                _serving = true;
            }

            if (busy)
            {
                using (connection)
                using (var stream = new NetworkStream(connection))
                {
                    Answer(stream, () => new ServerReply(ServerProtocol.Busy));
                }

                continue;
            }

            new Thread(() => Serve(connection)) { IsBackground = true, Name = "mlkata check" }.Start();
        }
    }

    private void Serve(Socket connection)
    {
        try
        {
            using (connection)
            using (var stream = new NetworkStream(connection))
            using (var reader = ServerProtocol.Reader(stream))
            {
                var request = ServerProtocol.Read<ServerRequest>(reader);
                Answer(stream, () => Reply(request));
            }
        }
        finally
        {
            lock (_gate)
            {
                _serving = false;
                _lastActivity = Stopwatch.GetTimestamp();
            }
        }
    }

    private ServerReply Reply(ServerRequest? request)
    {
        if (request is null || request.BuildKey != address.BuildKey)
        {
            return new ServerReply(ServerProtocol.OtherBuild);
        }

        if (request.Kind == ServerProtocol.Stop)
        {
            RequestStop();
            return new ServerReply(ServerProtocol.Stopping);
        }

        if (request is not { Kind: ServerProtocol.Check, KataDirectory: { } directory, LearnerFiles: { } files, RunName: { } runName })
        {
            return new ServerReply(ServerProtocol.Failed, Error: "not a check request");
        }

        // A check needs the kata's canonical parts only: an installed tool's catalog has no
        // solution/ or mistakes/, and the authoring loader would refuse it.
        var clock = Stopwatch.StartNew();
        var result = checker.Check(KataCatalog.LoadCanonical(directory), files, runName);
        Log($"{CheckedEntry}{result.KataId}: {result.Status} in {clock.Elapsed.TotalMilliseconds:0} ms");
        return new ServerReply(ServerProtocol.Result, result);
    }

    private void RequestStop()
    {
        lock (_gate)
        {
            _stopping = true;
        }
    }

    // Whatever goes wrong here goes back as a failure, so that the client checks by itself; a
    // client that hung up meanwhile is no one's concern.
    private void Answer(Stream stream, Func<ServerReply> reply)
    {
        ServerReply answer;
        try
        {
            answer = reply();
        }
        catch (Exception e)
        {
            Log($"failed: {e.GetType().Name}: {e.Message}");
            answer = new ServerReply(ServerProtocol.Failed, Error: $"{e.GetType().Name}: {e.Message}");
        }

        try
        {
            ServerProtocol.Write(stream, answer);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>How many checks the server at <paramref name="address"/> served since it started (the last one, if none runs).</summary>
    public static int ChecksServed(ServerAddress address) =>
        File.Exists(address.LogPath) ? File.ReadLines(address.LogPath).Count(l => l.Contains($" {CheckedEntry}", StringComparison.Ordinal)) : 0;

    private void Log(string line) => File.AppendAllText(address.LogPath, $"{DateTimeOffset.Now:O} {line}{Environment.NewLine}");

    private void RemoveOldLogs()
    {
        foreach (var log in new DirectoryInfo(address.Folder).EnumerateFiles("check-*.log"))
        {
            if (log.FullName != address.LogPath && DateTime.UtcNow - log.LastWriteTimeUtc > OldLog)
            {
                log.Delete();
            }
        }
    }
}
