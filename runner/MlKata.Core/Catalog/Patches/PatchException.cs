namespace MlKata.Core.Catalog.Patches;

/// <summary>A patch is not a unified diff, or no longer applies; the message names the patch and the hunk.</summary>
public sealed class PatchException(string patch, string detail) : Exception($"{patch}: {detail}")
{
    /// <summary>How the patch is named (e.g. <c>mistakes/list-remove-at-zero.patch</c>).</summary>
    public string Patch { get; } = patch;

    /// <summary>What is wrong, without the patch's name.</summary>
    public string Detail { get; } = detail;
}
