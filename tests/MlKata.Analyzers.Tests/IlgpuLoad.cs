using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MlKata.Testing.Gpu;

namespace MlKata.Analyzers.Tests;

/// <summary>
/// Compiles a rule's test code for real and hands it to ILGPU, so the docs can quote what ILGPU
/// says at kernel load time, and a test proves it: the analyzer moves that failure to compile time.
/// </summary>
internal static class IlgpuLoad
{
    /// <summary>
    /// Compiles <paramref name="source"/> and calls its <c>static void Load(Accelerator)</c> in class
    /// <c>Probe</c> on ILGPU's CPU accelerator; returns the exception's messages (outer to inner),
    /// or null when the load succeeds.
    /// </summary>
    public static string? LoadOnCpu(string source) => Run(source, assembly =>
    {
        using var device = new KernelTestDevice("cpu");
        ProbeMethod(assembly, "Load").Invoke(null, [device.Accelerator]);
    });

    /// <summary>
    /// Compiles <paramref name="source"/> and compiles its static method <paramref name="kernel"/>
    /// (in class <c>Probe</c>) to PTX, as loading it on a CUDA GPU does; returns the exception's
    /// messages, or null when it compiles.
    /// </summary>
    public static string? CompileForCuda(string source, string kernel) => Run(source, assembly => PtxCompilation.Compile(ProbeMethod(assembly, kernel)));

    /// <summary>The PTX that ILGPU makes of the static method <paramref name="kernel"/> in class <c>Probe</c>.</summary>
    public static string Ptx(string source, string kernel)
    {
        var ptx = "";
        var error = Run(source, assembly => ptx = PtxCompilation.Compile(ProbeMethod(assembly, kernel)));
        return error is null ? ptx : throw new InvalidOperationException(error);
    }

    private static MethodInfo ProbeMethod(Assembly assembly, string name) =>
        assembly.GetType("Probe")!.GetMethod(name, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;

    private static string? Run(string source, Action<Assembly> probe)
    {
        var compilation = CSharpCompilation.Create(
            "Probe" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            RuntimeReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("the probe does not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("probe", isCollectible: true);
        try
        {
            probe(context.LoadFromStream(image));
            return null;
        }
        catch (Exception error)
        {
            return Messages(error is TargetInvocationException { InnerException: { } inner } ? inner : error);
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Messages(Exception error)
    {
        var messages = new List<string>();
        for (var current = error; current is not null; current = current.InnerException)
        {
            messages.Add($"{current.GetType().Name}: {current.Message}");
        }

        return string.Join(" ---> ", messages);
    }
}
