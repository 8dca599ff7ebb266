namespace MlKata.Core.Mutation;

/// <summary>
/// Code that ILGPU compiles for a device, which mutation testing must leave untouched.
/// </summary>
/// <param name="File">The learner file, relative to the kata (<c>WeightPruning.cs</c>).</param>
/// <param name="Name">The kernel's method name, or <c>lambda</c>.</param>
/// <param name="Start">The offset of its first character in the file.</param>
/// <param name="End">The offset just past its last character.</param>
/// <param name="FirstLine">Its first line, 1-based.</param>
/// <param name="LastLine">Its last line, 1-based.</param>
public sealed record KernelSpan(string File, string Name, int Start, int End, int FirstLine, int LastLine)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{FirstLine}-{LastLine} ({Name})";
}
