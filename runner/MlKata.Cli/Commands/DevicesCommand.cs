using System.CommandLine;
using MlKata.Testing.Gpu;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>`mlkata devices`: the accelerators ILGPU sees, and the backend MLKATA_DEVICE selects.</summary>
internal static class DevicesCommand
{
    public static Command Create()
    {
        var command = new Command("devices", "List the accelerators ILGPU sees and the backend GPU katas will use.");
        command.SetAction(_ => CliRun.Guarded(() =>
        {
            using var context = DeviceSelection.CreateContext();
            var table = new Table().AddColumns("type", "name", "memory", "max threads per group");
            foreach (var device in context)
            {
                var memory = device.MemorySize >= long.MaxValue / 2 ? "host" : $"{device.MemorySize / (1024.0 * 1024 * 1024):0.0} GiB";
                table.AddRow(device.AcceleratorType.ToString(), Markup.Escape(device.Name), memory, device.MaxNumThreadsPerGroup.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            var setting = Environment.GetEnvironmentVariable(DeviceSelection.Variable);
            try
            {
                var (backend, device) = DeviceSelection.Resolve(context);
                var what = backend == ComputeBackend.Cpu
                    ? "the SIMD C# path on the CPU (ILGPU's CPU accelerator runs kernels only in correctness tests, at tiny sizes)"
                    : $"{backend} on {device!.Name}";
                AnsiConsole.MarkupLine($"{DeviceSelection.Variable}={Markup.Escape(string.IsNullOrEmpty(setting) ? "auto" : setting)} → {Markup.Escape(what)}");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                throw CliException.BadInput(e.Message);
            }
        }));
        return command;
    }
}
