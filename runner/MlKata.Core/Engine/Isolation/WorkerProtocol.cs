using System.Text.Json;
using System.Text.Json.Serialization;
using MlKata.Core.Catalog;

namespace MlKata.Core.Engine.Isolation;

/// <summary>A job for the worker: check these learner files against the kata in this folder.</summary>
internal sealed record WorkerRequest(string KataDirectory, string RunName, IReadOnlyList<SourceFile> LearnerFiles);

/// <summary>What the worker says while and after it runs a job.</summary>
internal sealed record WorkerMessage(string Kind, string? Test = null, TestOutcome? Outcome = null, KataResult? Result = null, string? Error = null)
{
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

    public static T? Unframe<T>(string? line) where T : class =>
        line is { Length: > 1 } && line[0] == Marker ? JsonSerializer.Deserialize<T>(line.AsSpan(1), Json) : null;
}
