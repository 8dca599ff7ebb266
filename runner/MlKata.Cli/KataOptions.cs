using System.CommandLine;

namespace MlKata.Cli;

/// <summary>Arguments and options several commands share, spelled the same everywhere.</summary>
internal static class KataOptions
{
    public static Argument<string?> Folder() => new("dir")
    {
        Description = "The kata folder (default: the current folder, or the nearest one above it with a kata.json).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<bool> DotnetTest() => new("--dotnet-test")
    {
        Description = "Build and run through `dotnet test` instead of the in-memory engine (slower; for fidelity).",
    };

    public static Option<string?> Workspace() => new("--workspace", "-w")
    {
        Description = "Where your kata folders are (default: the current folder); they are looked for a few levels down.",
    };
}
