namespace MlKata.Analyzers;

/// <summary>One construct the submission policy forbids: its name for the message (quoted code or words) and why.</summary>
internal sealed class Breach(string construct, PolicyReason reason)
{
    public string Construct { get; } = construct;

    public PolicyReason Reason { get; } = reason;
}
