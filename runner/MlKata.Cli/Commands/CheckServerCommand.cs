using System.CommandLine;
using MlKata.Cli.Server;
using MlKata.Core.Engine.Isolation;

namespace MlKata.Cli.Commands;

/// <summary>
/// `mlkata check-server`: the resident check server that `mlkata check` starts by itself. Hidden:
/// no one needs to run it; it exits after <see cref="ServerSettings.IdleVariable"/> seconds without a check.
/// </summary>
internal static class CheckServerCommand
{
    public static Command Create()
    {
        var command = new Command(CheckServerClient.ServeCommand, "Serve `mlkata check` from a warm compiler and worker until idle.") { Hidden = true };
        command.SetAction(_ => CliRun.Guarded(() =>
        {
            var address = ServerAddress.ForThisBuild() ?? throw CliException.Infrastructure("No private folder for the check server's socket on this system.");
            using var worker = new WorkerChecker();
            new CheckServerHost(address, worker, ServerSettings.IdleTimeout).Run();
            return ExitCodes.Success;
        }));
        return command;
    }
}
