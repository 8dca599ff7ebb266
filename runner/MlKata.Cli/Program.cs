using System.CommandLine;
using MlKata.Cli.Commands;

var root = new RootCommand("mlkata: practise the coding questions of ML-engineer interviews as katas.")
{
    ListCommand.Create(),
    NewCommand.Create(),
    TemplateContentCommand.Create(),
};

return root.Parse(args).Invoke();
