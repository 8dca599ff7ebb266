using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlKata.Core.Engine.Isolation;

/// <summary>
/// A job for the worker: run the tests of these assemblies, compiled by the host, within the time
/// limit; after a crash, only those not done <paramref name="SoFar"/>. The token is the job's
/// secret: the worker signs every message of the job with it, so a line that learner code writes
/// to the worker's stdout (it cannot know the token) is never taken for a verdict.
/// </summary>
internal sealed record WorkerRequest(CompiledAssembly Learner, CompiledAssembly Tests, TimeSpan TimeLimit, string Token, RunSoFar? SoFar = null);

/// <summary>What the worker says while and after it runs a job, carrying the job's token.</summary>
internal sealed record WorkerMessage(
    string Kind, string Token, string? Test = null, TestOutcome? Outcome = null, TestRun? Run = null, string? Error = null, IReadOnlyList<TestOutcome>? Tests = null)
{
    public const string Planned = "planned";
    public const string Started = "started";
    public const string Finished = "finished";
    public const string Done = "result";
    public const string Failure = "error";
}

/// <summary>
/// Line framing between host and worker. Protocol lines start with a record separator, which
/// learner code printing to the console never forges by accident; other lines are ignored.
/// </summary>
internal static class WorkerProtocol
{
    public const char Marker = '\u001e';

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Frame<T>(T message) => Marker + JsonSerializer.Serialize(message, Json);

    /// <summary>The message on <paramref name="line"/>, or null for any line that is not a well-formed frame.</summary>
    public static T? Unframe<T>(string? line) where T : class
    {
        if (line is not { Length: > 1 } || line[0] != Marker)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(line.AsSpan(1), Json);
        }
        catch (JsonException)
        {
            return null; // learner output that merely starts with the marker
        }
    }

    /// <summary>A fresh job token: 128 random bits.</summary>
    public static string NewToken() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
