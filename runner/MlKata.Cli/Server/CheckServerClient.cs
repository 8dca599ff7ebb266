using System.ComponentModel;
using System.Diagnostics;
using System.Net.Sockets;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;

namespace MlKata.Cli.Server;

/// <summary>
/// Asks this build's check server for a check, starting the server when none runs. Any trouble
/// (no server yet, a stale socket, a server of another build, a busy one, one that dies
/// mid-check) makes it answer null, quietly: the caller then checks by itself.
/// </summary>
internal sealed class CheckServerClient(ServerAddress address)
{
    /// <summary>The hidden command that runs the server.</summary>
    public const string ServeCommand = "check-server";

    // A server starts listening well within this; one that does not is left to itself.
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(20);

    // Beyond the kata's time limit: a cold server compiles and starts its worker first.
    private static readonly TimeSpan ReplyAllowance = TimeSpan.FromSeconds(60);

    /// <summary>The server's result for <paramref name="learnerFiles"/>, or null when it gave none.</summary>
    public KataResult? TryCheck(Kata kata, IReadOnlyList<SourceFile> learnerFiles, string runName)
    {
        using var connection = Connect() ?? StartAndConnect();
        var reply = connection is null ? null : Ask(connection, new ServerRequest(ServerProtocol.Check, address.BuildKey, kata.Directory, learnerFiles, runName), kata.Manifest.TimeLimit + ReplyAllowance);
        return reply is { Kind: ServerProtocol.Result, Result: { } result } && result.KataId == kata.Id ? result : null;
    }

    /// <summary>Asks a running server to exit, and waits until it has let go of its socket and lock; false when none answered.</summary>
    public bool Stop()
    {
        using (var connection = Connect())
        {
            if (connection is null || Ask(connection, new ServerRequest(ServerProtocol.Stop, address.BuildKey), StartWait)?.Kind != ServerProtocol.Stopping)
            {
                return false;
            }
        }

        var clock = Stopwatch.StartNew();
        while (File.Exists(address.LockPath) && clock.Elapsed < StartWait)
        {
            Thread.Sleep(RetryEvery);
        }

        return true;
    }

    private Socket? Connect()
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(address.SocketPath));
            return socket;
        }
        catch (SocketException)
        {
            socket.Dispose(); // no socket file, or one no server listens on
            return null;
        }
    }

    private Socket? StartAndConnect()
    {
        if (!StartServer())
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartWait)
        {
            Thread.Sleep(RetryEvery);
            if (Connect() is { } connection)
            {
                return connection;
            }
        }

        return null;
    }

    // Detached: in a session of its own where setsid exists (a closed terminal or Ctrl+C leaves it
    // be), its standard streams not the client's, so that whoever reads the client's output does
    // not wait for the server to exit.
    private static bool StartServer()
    {
        var host = Environment.ProcessPath;
        if (host is null)
        {
            return false;
        }

        var start = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        const string Setsid = "/usr/bin/setsid";
        var program = File.Exists(Setsid) ? Setsid : host;
        start.FileName = program;
        if (program == Setsid)
        {
            start.ArgumentList.Add(host);
        }

        // Under `dotnet mlkata.dll` the host is dotnet and needs the program; an apphost is the program.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mlkata.dll"));
        }

        start.ArgumentList.Add(ServeCommand);
        try
        {
            using var server = Process.Start(start);
            if (server is null)
            {
                return false;
            }

            server.StandardInput.Close();
            server.StandardOutput.Close();
            server.StandardError.Close();
            return true;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    private static ServerReply? Ask(Socket connection, ServerRequest request, TimeSpan within)
    {
        try
        {
            connection.ReceiveTimeout = (int)Math.Min(int.MaxValue, within.TotalMilliseconds);
            using var stream = new NetworkStream(connection);
            ServerProtocol.Write(stream, request);
            using var reader = ServerProtocol.Reader(stream);
            return ServerProtocol.Read<ServerReply>(reader);
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            return null; // the server died or hung mid-check
        }
    }
}
