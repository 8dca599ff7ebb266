namespace MlKata.Cli.Commands.Dev;

/// <summary>The output folder of a command run at pack time: rewritten whole, so no file of an earlier pack survives in it.</summary>
internal static class PackOutput
{
    /// <summary>The full path of <paramref name="folder"/>, emptied: deleted if it exists.</summary>
    public static string Emptied(string folder)
    {
        var path = Path.GetFullPath(folder);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return path;
    }
}
