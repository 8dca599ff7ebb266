namespace MlKata.Cli;

/// <summary>What `mlkata` exits with; scripts and CI read these.</summary>
internal static class ExitCodes
{
    /// <summary>Everything passed.</summary>
    public const int Success = 0;

    /// <summary>Something the learner wrote failed (a test, a compile).</summary>
    public const int Failed = 1;

    /// <summary>Bad usage or bad input: an unknown id, a missing folder, a malformed kata.json.</summary>
    public const int BadInput = 2;

    /// <summary>Something outside the learner's code broke: the SDK, a pack, the template engine.</summary>
    public const int Infrastructure = 3;
}
