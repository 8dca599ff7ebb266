using System.Text;

namespace MlKata.Core.Engine.Isolation;

/// <summary>
/// Reads lines from a worker's pipe without trusting it: a line longer than the cap is cut there
/// (the rest, up to the next newline, is dropped), so output with no newline cannot grow the host's
/// memory the way <see cref="TextReader.ReadLine"/> would let it.
/// </summary>
internal static class BoundedLineReader
{
    /// <summary>Calls <paramref name="line"/> with each line of <paramref name="reader"/> (cut to <paramref name="longest"/> chars) until it ends.</summary>
    public static void ReadAll(TextReader reader, int longest, Action<string> line)
    {
        var buffer = new char[4096];
        var current = new StringBuilder();
        var dropping = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (c == '\n')
                {
                    line(current.ToString().TrimEnd('\r'));
                    current.Clear();
                    dropping = false;
                }
                else if (!dropping)
                {
                    current.Append(c);
                    dropping = current.Length >= longest;
                }
            }
        }

        if (current.Length > 0)
        {
            line(current.ToString());
        }
    }
}
