using System.Globalization;

namespace MlKata.Core.Learners;

/// <summary>
/// Reads one file of a learner's kata folder as a grader must: the learner controls what the
/// path is, so it is checked before it is opened. A symbolic link (to the reference solution,
/// to another learner's file, to /dev/zero) or a folder on the way that is one is refused, so
/// what is read lies inside the kata folder; a FIFO or device is never opened (opening a FIFO
/// blocks until someone writes to it); and no more than a set number of bytes is ever read,
/// whatever size the file claims or grows to.
/// </summary>
internal static class LearnerFile
{
    /// <summary>The text of <paramref name="relativePath"/> ('/'-separated, as messages name it) under <paramref name="folder"/>.</summary>
    /// <exception cref="LearnerKataException">The file is a link, lies behind one, is empty or not a regular file, or holds more than <paramref name="maxBytes"/> bytes.</exception>
    public static string ReadText(string folder, string relativePath, int maxBytes)
    {
        var path = RefuseLinks(folder, relativePath);
        var declared = new FileInfo(path).Length;

        // .NET 10 exposes no file type, but a FIFO, a device or a socket reports a length of
        // zero, as does an empty file: none of them is code, and none is opened.
        if (declared == 0)
        {
            throw new LearnerKataException($"{relativePath} is empty, or is not a regular file (a FIFO, a device): submit the file itself, with the kata's code in it.");
        }

        if (declared > maxBytes)
        {
            throw TooLarge(relativePath, $"is {declared.ToString("N0", CultureInfo.InvariantCulture)} bytes", maxBytes);
        }

        return ReadAtMost(path, relativePath, maxBytes);
    }

    /// <summary>The full path of <paramref name="relativePath"/>, once no part of it below <paramref name="folder"/> is a symbolic link.</summary>
    private static string RefuseLinks(string folder, string relativePath)
    {
        var parts = relativePath.Split('/');
        var path = folder;
        for (var i = 0; i < parts.Length; i++)
        {
            path = Path.Combine(path, parts[i]);
            if (new FileInfo(path).LinkTarget is not null)
            {
                var isFile = i == parts.Length - 1;
                throw new LearnerKataException($"{string.Join('/', parts[..(i + 1)])} is a symbolic link: submit the {(isFile ? "file" : "folder")} itself.");
            }
        }

        return path;
    }

    /// <summary>
    /// The text of <paramref name="path"/>, read no further than one byte past
    /// <paramref name="maxBytes"/>: the length checked before can be a lie (a file that grows
    /// after it was measured).
    /// </summary>
    /// <exception cref="LearnerKataException">The file holds more than <paramref name="maxBytes"/> bytes.</exception>
    internal static string ReadAtMost(string path, string relativePath, int maxBytes)
    {
        var bytes = new byte[maxBytes + 1];
        int count;
        using (var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 0 }))
        {
            count = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        }

        if (count > maxBytes)
        {
            throw TooLarge(relativePath, "grew while it was read", maxBytes);
        }

        // As File.ReadAllText decodes: UTF-8 unless a byte order mark says otherwise.
        using var reader = new StreamReader(new MemoryStream(bytes, 0, count), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static LearnerKataException TooLarge(string relativePath, string what, int maxBytes) =>
        new($"{relativePath} {what}, over the {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes a submitted file may hold: submit the code alone.");
}
