namespace MlKata.Analyzers;

/// <summary>What the submission policy allows in one file: everything it names is forbidden, files only where the kata asks for them.</summary>
internal sealed class PolicyScope
{
    private readonly bool _filesAllowed;

    private PolicyScope(bool filesAllowed) => _filesAllowed = filesAllowed;

    public static PolicyScope NoFiles { get; } = new(filesAllowed: false);

    public static PolicyScope TempFilesAllowed { get; } = new(filesAllowed: true);

    /// <summary><paramref name="reason"/>, unless this scope allows what it forbids.</summary>
    public PolicyReason? Forbids(PolicyReason? reason) =>
        reason == PolicyReason.Files && _filesAllowed ? null : reason;
}
