using System.CommandLine;
using System.Globalization;
using MlKata.Core.Benchmarks;
using MlKata.Core.Learners;
using MlKata.Testing.Benchmarks;
using MlKata.Testing.Gpu;
using Spectre.Console;

namespace MlKata.Cli.Commands;

/// <summary>
/// `mlkata bench [dir] [--size n]`: a GPU kata's throughput, the learner's paths against the
/// reference and a scalar baseline, in one run. It reports; it never passes or fails on a time.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var folder = KataOptions.Folder();
        var size = new Option<int?>("--size") { Description = "The problem size (each kata says what it means; default: the kata's own)." };
        var command = new Command("bench", "Measure a GPU kata: your kernel and SIMD path against the reference, a scalar baseline and the machine's peak.")
        {
            folder,
            size,
        };
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var learner = LearnerKata.Locate(result.GetValue(folder) ?? Environment.CurrentDirectory, Repository.LocateCheckout("mlkata bench").LoadCatalog());
            ComputeDevice device;
            try
            {
                device = ComputeDevice.Open();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                throw CliException.BadInput(e.Message);
            }

            using (device)
            {
                BenchReport report;
                try
                {
                    report = AnsiConsole.Status().Start("compiling", status =>
                        KataBench.Run(learner.Kata, learner.ReadLearnerFiles(), result.GetValue(size), device, step => status.Status(Markup.Escape(step))));
                }
                catch (InvalidDataException e)
                {
                    throw CliException.BadInput(e.Message);
                }

                Show(report);
                return ExitCodes.Success;
            }
        }));
        return command;
    }

    private static void Show(BenchReport report)
    {
        var unit = report.Unit == WorkUnit.Flops ? "GFLOP/s" : "GB/s";
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(report.KataId)}[/]: {Markup.Escape(report.Problem)}, on {Markup.Escape(report.Device)}");
        var table = new Table().AddColumns("path", "median", unit, "of peak", "× scalar", "vs reference");
        foreach (var row in report.Rows)
        {
            if (row.Timing is null)
            {
                table.AddRow(Markup.Escape(row.Path), $"[yellow]{Markup.Escape(row.Error ?? "failed")}[/]", "", "", "", "");
                continue;
            }

            table.AddRow(
                Markup.Escape(row.Path),
                Milliseconds(row.Timing.Median),
                Number(row.Throughput / 1e9, "0.0"),
                row.ShareOfPeak is { } share ? share.ToString("0.0%", CultureInfo.InvariantCulture) : "",
                Number(row.SpeedUpOverScalar, "0.0"),
                row.RelativeToReference is { } relative ? relative.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"CPU peak: {report.CpuPeak.PerSecond / 1e9:0.0} {unit} ({Markup.Escape(report.CpuPeak.How)})");
        if (report.GpuPeak is { } gpu)
        {
            AnsiConsole.MarkupLine($"GPU peak: {gpu.PerSecond / 1e9:0.0} {unit} ({Markup.Escape(gpu.How)})");
        }

        foreach (var note in report.Notes)
        {
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        }
    }

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString(time.TotalMilliseconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    private static string Number(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "";
}
