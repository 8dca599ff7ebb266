using System.Text.Json.Nodes;

namespace MlKata.Core.Templates;

/// <summary>
/// The template's restore on create. An editor shows analyzer hints only once the project is
/// restored (the analyzers come from a package), so `dotnet new mlkata` restores the scaffold
/// it writes, unless asked not to with <c>--no-restore</c>; a failed restore (offline) leaves
/// the scaffold in place and says to run <c>dotnet restore</c>.
/// </summary>
internal static class TemplateRestore
{
    /// <summary>The template symbol the restore depends on, and the option that sets it.</summary>
    public const string SkipSymbol = "skipRestore";

    /// <summary>The option of <c>dotnet new mlkata</c> that skips the restore.</summary>
    public const string NoRestoreOption = "--no-restore";

    // The template engine's "Restore NuGet packages" post action.
    private const string RestoreActionId = "210D431B-A78B-4D2F-B762-4ED3E3EA9025";

    public static JsonObject SkipParameter() => new()
    {
        ["type"] = "parameter",
        ["datatype"] = "bool",
        ["description"] = "Do not restore the project once it is created.",
        ["defaultValue"] = "false",
    };

    /// <summary>Restores the template's primary output, the kata's project file.</summary>
    public static JsonObject PostAction() => new()
    {
        ["condition"] = $"(!{SkipSymbol})",
        ["description"] = "Restore the kata's packages, so that an editor shows the MLK hints at once.",
        ["manualInstructions"] = new JsonArray(new JsonObject { ["text"] = "Run 'dotnet restore'" }),
        ["actionId"] = RestoreActionId,
        ["continueOnError"] = true,
    };

    /// <summary>dotnetcli.host.json: names the skip parameter <c>--no-restore</c>, as the SDK's own templates do.</summary>
    public static JsonObject CliHost() => new()
    {
        ["symbolInfo"] = new JsonObject
        {
            [SkipSymbol] = new JsonObject { ["longName"] = NoRestoreOption.TrimStart('-'), ["shortName"] = "" },
        },
    };
}
