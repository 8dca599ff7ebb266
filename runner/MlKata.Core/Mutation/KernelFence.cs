using MlKata.Core.Catalog;

namespace MlKata.Core.Mutation;

/// <summary>
/// Fences kernels off from Stryker with its own comment directives: <c>disable all</c> before each
/// kernel, <c>restore all</c> after it. A mutant disabled by comment is never placed in the code,
/// whereas a <c>--mutate</c> span filter only marks mutants ignored after they were placed, which
/// leaves the kernel calling Stryker's switch, and ILGPU refuses that ("Cannot load from the
/// static field … since it is not read only"), so every kernel test fails.
/// </summary>
public static class KernelFence
{
    /// <summary>The comment opening a fence: a block comment, so that no line moves.</summary>
    public const string Disable = "/* Stryker disable all : ILGPU compiles this for a device, where a mutant switch cannot run */ ";

    /// <summary>The comment closing a fence, on the kernel's last line.</summary>
    public const string Restore = " /* Stryker restore all */";

    /// <summary>
    /// <paramref name="learnerFiles"/> with every kernel of <paramref name="kernels"/> fenced;
    /// lines keep their numbers, so Stryker's report points at the reference's own lines.
    /// </summary>
    public static IReadOnlyList<SourceFile> Apply(IReadOnlyList<SourceFile> learnerFiles, IReadOnlyList<KernelSpan> kernels) =>
        learnerFiles.Select(file => file with { Text = Fenced(file.Text, kernels.Where(k => k.File == file.Path)) }).ToList();

    private static string Fenced(string text, IEnumerable<KernelSpan> kernels)
    {
        // From the end backwards, so that each span's offsets still hold when it is fenced.
        foreach (var kernel in kernels.OrderByDescending(k => k.Start))
        {
            text = $"{text[..kernel.Start]}{Disable}{text[kernel.Start..kernel.End]}{Restore}{text[kernel.End..]}";
        }

        return text;
    }
}
