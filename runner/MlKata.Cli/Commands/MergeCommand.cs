using System.CommandLine;
using MlKata.Core;
using MlKata.Core.Grading;
using MlKata.Core.Reports;

namespace MlKata.Cli.Commands;

/// <summary>`mlkata merge &lt;dirs…&gt;`: join the report folders of `grade --shard` runs into one set of reports.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("dirs") { Description = "Report folders written by mlkata grade.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where to write the merged reports.", DefaultValueFactory = _ => GradeCommand.DefaultOut };
        var history = GradeHistoryOption.Create();
        var command = new Command("merge", "Merge the reports of sharded grading runs.") { folders, output, history };
        command.SetAction(result => CliRun.Guarded(() =>
        {
            var kept = GradeHistoryOption.Load(result.GetValue(history));
            var rows = new List<GradeRow>();
            foreach (var folder in result.GetValue(folders)!)
            {
                var path = Path.Combine(folder, GradeResultsJson.FileName);
                if (!File.Exists(path))
                {
                    throw CliException.BadInput($"No {GradeResultsJson.FileName} in {folder}: is it an `mlkata grade --out` folder?");
                }

                try
                {
                    rows.AddRange(GradeResultsJson.Read(path));
                }
                catch (InvalidDataException e)
                {
                    throw CliException.BadInput(e.Message);
                }
            }

            // A (learner, kata) graded by two shards is one row: the shards overlapped.
            var merged = rows.GroupBy(r => (r.Learner, r.KataId)).Select(g => g.First())
                .OrderBy(r => r.Learner, StringComparer.Ordinal).ThenBy(r => r.KataId, StringComparer.Ordinal).ToList();
            var titles = Repository.Locate().LoadCatalog().ToDictionary(k => k.Id, k => k.Manifest.Title);
            return GradeCommand.Report(merged, result.GetValue(output)!, titles, kept,
                $"merged {Counted.Of(merged.Count, "row")} from {Counted.Of(result.GetValue(folders)!.Length, "folder")}");
        }));
        return command;
    }
}
