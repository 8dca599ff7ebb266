using System.CommandLine;
using MlKata.Cli.Server;
using MlKata.Core.Engine;
using MlKata.Core.Learners;
using MlKata.Core.Reports;

namespace MlKata.Cli.Commands;

/// <summary>`mlkata check [dir]`: build, analyze and test one kata; show verdicts by task, hints and points.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var folder = KataOptions.Folder();
        var json = new Option<bool>("--json") { Description = "Write the result as results.json (Exercism v3 fields + max_score/score) to stdout." };
        var dotnetTest = KataOptions.DotnetTest();
        var noServer = new Option<bool>("--no-server")
        {
            Description = $"Check in this process instead of the warm check server that `mlkata check` keeps (it exits after {ServerSettings.IdleVariable} seconds without a check, default {ServerSettings.DefaultIdleTimeout.TotalSeconds}; {ServerSettings.NoServerVariable}=1 does the same as this option).",
        };
        var command = new Command("check", "Check the kata in a folder: compile, analyze and run its canonical tests.") { folder, json, dotnetTest, noServer };
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var learner = LearnerKata.Locate(result.GetValue(folder) ?? Environment.CurrentDirectory, Repository.Locate().LoadCatalog());
            using var checker = Checkers.ForOneCheck(result.GetValue(dotnetTest), result.GetValue(noServer));
            var kataResult = CheckAndRecord(learner, checker.Checker);
            if (result.GetValue(json))
            {
                Console.WriteLine(ResultsJson.Write(kataResult));
            }
            else
            {
                ResultView.Show(kataResult, learner.Kata.Manifest.LearnerFiles);
                if (kataResult.Tests.Count > 0)
                {
                    Spectre.Console.AnsiConsole.MarkupLine("[grey]Your code ran unsandboxed, as you, in a local worker; `mlkata grade` runs it in a sandbox.[/]");
                }
            }

            return ExitCode(kataResult);
        }));
        return command;
    }

    /// <summary>Checks the learner's files and remembers the outcome for `mlkata list`.</summary>
    public static KataResult CheckAndRecord(LearnerKata learner, IKataChecker checker)
    {
        var files = learner.ReadLearnerFiles();
        var result = checker.Check(learner.Kata, files, "check");
        LearnerProgress.Record(learner, files, result);
        return result;
    }

    public static int ExitCode(KataResult result) => result.Status switch
    {
        KataStatus.Passed => ExitCodes.Success,
        KataStatus.InfrastructureError => ExitCodes.Infrastructure,
        _ => ExitCodes.Failed,
    };
}
