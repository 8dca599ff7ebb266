using MlKata.Core;
using MlKata.Core.Catalog;
using MlKata.Core.Packaging;

namespace MlKata.Cli;

/// <summary>
/// Where this `mlkata` finds its katas: an MlKata checkout (the whole kata format, for learners
/// and authors), or, for the installed tool, the catalog of learner views beside mlkata.dll
/// (enough to scaffold, check and grade; never a solution or a mistake).
/// </summary>
internal sealed class Repository
{
    private readonly string? _checkout;

    private Repository(string katasFolder, string? checkout)
    {
        KatasFolder = katasFolder;
        _checkout = checkout;
    }

    /// <summary>Whether this is the installed tool's catalog rather than a checkout.</summary>
    public bool IsInstalledTool => _checkout is null;

    /// <summary>The checkout's root; only <see cref="LocateCheckout"/> promises one.</summary>
    public string Root => _checkout ?? throw new InvalidOperationException("The installed tool has no checkout: a command that needs one locates it with LocateCheckout.");

    public string KatasFolder { get; }

    /// <summary>
    /// The checkout that holds this program (when run with `dotnet run` or the wrapper script),
    /// else the installed tool's catalog beside it, else the checkout around the current folder.
    /// </summary>
    public static Repository Locate()
    {
        if (RepositoryLayout.FindRoot(AppContext.BaseDirectory) is { } own)
        {
            return Checkout(own);
        }

        if (ToolLayout.IsInstalledTool(AppContext.BaseDirectory))
        {
            return new Repository(ToolLayout.CatalogFolder(AppContext.BaseDirectory), null);
        }

        return RepositoryLayout.FindRoot(Environment.CurrentDirectory) is { } around
            ? Checkout(around)
            : throw CliException.Infrastructure($"No MlKata checkout ({RepositoryLayout.SolutionFile}) above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}, and no installed catalog beside this program.");
    }

    /// <summary>
    /// The checkout, for a command that reads what only a checkout holds (solutions, mistakes, the
    /// runner's sources); from the installed tool that is bad usage, and the message says where to run it.
    /// </summary>
    public static Repository LocateCheckout(string command)
    {
        var repository = Locate();
        return repository.IsInstalledTool
            ? throw CliException.BadInput($"`{command}` needs an MlKata checkout (the katas' solutions and the runner's sources), which the installed tool does not carry. Clone the MlKata repository and run ./mlkata there.")
            : repository;
    }

    /// <summary>Every kata, validated; a broken kata.json is bad input, named by file and field.</summary>
    public IReadOnlyList<Kata> LoadCatalog()
    {
        try
        {
            return IsInstalledTool ? KataCatalog.LoadAllCanonical(KatasFolder) : KataCatalog.LoadAll(KatasFolder);
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

    private static Repository Checkout(string root) => new(RepositoryLayout.KatasFolder(root), root);
}
