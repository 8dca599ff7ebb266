using MlKata.Core;
using MlKata.Core.Catalog;

namespace MlKata.Cli;

/// <summary>The MlKata checkout this `mlkata` runs from, and its catalog.</summary>
internal sealed class Repository
{
    private Repository(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string KatasFolder => RepositoryLayout.KatasFolder(Root);

    /// <summary>
    /// The checkout that holds this program (when run with `dotnet run` or the wrapper script),
    /// else the one around the current folder.
    /// </summary>
    public static Repository Locate() =>
        new(RepositoryLayout.FindRoot(AppContext.BaseDirectory)
            ?? RepositoryLayout.FindRoot(Environment.CurrentDirectory)
            ?? throw CliException.Infrastructure($"No MlKata checkout ({RepositoryLayout.SolutionFile}) above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}."));

    /// <summary>Every kata, validated; a broken kata.json is bad input, named by file and field.</summary>
    public IReadOnlyList<Kata> LoadCatalog()
    {
        try
        {
            return KataCatalog.LoadAll(KatasFolder);
        }
        catch (KataFormatException e)
        {
            throw CliException.BadInput(e.Message);
        }
    }

    /// <summary>The kata <paramref name="id"/>, or bad input listing the valid ids.</summary>
    public Kata FindKata(string id)
    {
        var catalog = LoadCatalog();
        return catalog.FirstOrDefault(k => k.Id == id)
            ?? throw CliException.BadInput($"Unknown kata '{id}'. Valid ids: {string.Join(", ", catalog.Select(k => k.Id))}.");
    }
}
