using System.Reflection;
using System.Runtime.Loader;
using MlKata.Core.Catalog;
using MlKata.Core.Engine;
using MlKata.Testing.Benchmarks;
using MlKata.Testing.Gpu;

namespace MlKata.Core.Benchmarks;

/// <summary>
/// Runs a GPU kata's benchmark (the <see cref="KataBenchmark"/> in its tests) on the learner's
/// code and on the reference, in one process and one run: the scalar baseline, the reference
/// SIMD path and kernel, and the learner's SIMD path and kernel, each with warm-up and a median.
/// Kernels are timed only on a GPU: ILGPU's CPU emulator checks correctness, and its speed means nothing.
/// </summary>
public static class KataBench
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    /// <exception cref="InvalidDataException">The kata has no benchmark, or the learner's files do not compile.</exception>
    public static BenchReport Run(Kata kata, IReadOnlyList<SourceFile> learnerFiles, int? size, ComputeDevice device, Action<string>? progress = null)
    {
        var tests = kata.ReadTests();
        var learner = Load(kata, "learner", learnerFiles, tests);
        var reference = Load(kata, "reference", kata.ReadReference().LearnerFiles, tests);
        var n = size ?? reference.DefaultSize;
        if (n <= 0)
        {
            throw new InvalidDataException($"--size must be positive, was {n}.");
        }

        progress?.Invoke($"measuring the CPU's peak ({reference.Unit})");
        var cpuPeak = MachinePeak.Cpu(reference.Unit);
        var gpu = device.Accelerator;
        var gpuPeak = gpu is null ? null : MachinePeak.Gpu(gpu, reference.Unit);
        var work = reference.Work(n);
        reference.Prepare(n);
        var learnerNotReady = Describe(Record(() => learner.Prepare(n)));

        var paths = new List<(string Path, Action Call, bool OnGpu, string? ReferencePath)>
        {
            ("scalar baseline (reference, task 1)", reference.RunScalar, false, null),
            ("reference SIMD", reference.RunSimd, false, null),
            ("your SIMD", learner.RunSimd, false, "reference SIMD"),
        };
        if (gpu is not null)
        {
            paths.Add(("reference kernel", () => reference.RunKernel(gpu), true, null));
            paths.Add(("your kernel", () => learner.RunKernel(gpu), true, "reference kernel"));
        }

        var timings = new Dictionary<string, Timing>();
        var rows = new List<BenchRow>();
        foreach (var (path, call, onGpu, referencePath) in paths)
        {
            progress?.Invoke($"measuring {path}");
            var (timing, error) = referencePath is not null && learnerNotReady is not null
                ? (null, learnerNotReady)
                : TryMeasure(call, path.StartsWith("scalar", StringComparison.Ordinal) ? 3 : 5);
            if (timing is null)
            {
                rows.Add(new BenchRow(path, null, null, null, null, null, error));
                continue;
            }

            timings[path] = timing;
            var throughput = work / timing.Median.TotalSeconds;
            var peak = onGpu ? gpuPeak : cpuPeak;
            rows.Add(new BenchRow(
                path,
                timing,
                throughput,
                peak is null ? null : throughput / peak.PerSecond,
                timings.TryGetValue(paths[0].Path, out var scalar) ? scalar.Median / timing.Median : null,
                referencePath is not null && timings.TryGetValue(referencePath, out var theirs) ? theirs.Median / timing.Median : null,
                null));
        }

        var notes = new List<string> { "Kernel rows include the copies to and from the device." };
        if (gpu is null)
        {
            notes.Add("No GPU selected: kernels are not timed (ILGPU's CPU emulator only proves them correct). On a machine with a CUDA GPU, MLKATA_DEVICE=auto or cuda adds them.");
        }

        return new BenchReport(kata.Id, reference.Describe(n), reference.Unit, device.Description, cpuPeak, gpuPeak, rows, notes);
    }

    private static (Timing? Timing, string? Error) TryMeasure(Action call, int minimumSamples)
    {
        Timing? timing = null;
        var error = Record(() => timing = Timing.Measure(call, Budget, minimumSamples));
        return (timing, Describe(error));
    }

    // The learner's code may throw anything; it gets a row that says what, not a stack trace.
    private static Exception? Record(Action call)
    {
        try
        {
            call();
            return null;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return error is TargetInvocationException { InnerException: { } cause } ? cause : error;
        }
    }

    private static string? Describe(Exception? error) => error switch
    {
        null => null,
        NotImplementedException => "not implemented yet",
        _ => $"{error.GetType().Name}: {error.Message}",
    };

    private static KataBenchmark Load(Kata kata, string who, IReadOnlyList<SourceFile> learnerFiles, IReadOnlyList<SourceFile> tests)
    {
        var compiled = SubmissionCompiler.Compile($"{kata.Id}-bench-{who}", learnerFiles, tests);
        if (compiled.Image is null)
        {
            var errors = compiled.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(5).Select(d => d.ToString());
            throw new InvalidDataException($"The {who}'s code for {kata.Id} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        var assembly = new AssemblyLoadContext($"{kata.Id}-bench-{who}", isCollectible: true).LoadFromStream(new MemoryStream(compiled.Image));
        var benchmark = assembly.GetTypes().FirstOrDefault(t => t.IsSubclassOf(typeof(KataBenchmark)) && !t.IsAbstract)
            ?? throw new InvalidDataException($"{kata.Id} has no benchmark: only GPU katas have one (a KataBenchmark in its tests).");
        return (KataBenchmark)Activator.CreateInstance(benchmark)!;
    }
}
