using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;

namespace MlKata.Cli.Server;

/// <summary>What a client asks the check server: check these learner files against the kata in that folder, or stop.</summary>
/// <param name="Kind"><see cref="ServerProtocol.Check"/> or <see cref="ServerProtocol.Stop"/>.</param>
/// <param name="BuildKey">The client's build: a server of another build answers <see cref="ServerProtocol.OtherBuild"/>.</param>
internal sealed record ServerRequest(string Kind, string BuildKey, string? KataDirectory = null, IReadOnlyList<SourceFile>? LearnerFiles = null, string? RunName = null);

/// <summary>The server's answer: the result, or why there is none (busy, another build, an error).</summary>
internal sealed record ServerReply(string Kind, KataResult? Result = null, string? Error = null);

/// <summary>
/// One JSON line each way over the socket. The result travels whole, so the client renders it
/// exactly as it renders one it checked itself.
/// </summary>
internal static class ServerProtocol
{
    public const string Check = "check";
    public const string Stop = "stop";
    public const string Result = "result";
    public const string Busy = "busy";
    public const string OtherBuild = "other-build";
    public const string Failed = "failed";
    public const string Stopping = "stopping";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write<T>(Stream stream, T message)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(message, typeof(T), ServerJson.Default);
        stream.Write(line);
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    /// <summary>The next message on <paramref name="reader"/>, or null when the other side hung up or sent no well-formed one.</summary>
    public static T? Read<T>(TextReader reader) where T : class
    {
        var line = reader.ReadLine();
        if (line is null)
        {
            return null;
        }

        try
        {
            return (T?)JsonSerializer.Deserialize(line, typeof(T), ServerJson.Default);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static StreamReader Reader(Stream stream) => new(stream, Utf8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
}

/// <summary>
/// The protocol's serializers, generated at build time: a client that started a moment ago would
/// otherwise spend longer building them by reflection than the warm server spends on the check.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ServerRequest))]
[JsonSerializable(typeof(ServerReply))]
internal sealed partial class ServerJson : JsonSerializerContext;
