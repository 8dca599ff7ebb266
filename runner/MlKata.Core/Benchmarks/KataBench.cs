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

        var cpuProbe = MachinePeak.CpuProbe(reference.Unit);
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

        var (timings, errors, probeTiming) = Measure(paths, learnerNotReady, cpuProbe.Run, progress);
        var cpuPeak = cpuProbe.Peak(probeTiming.Median);
        var scalar = timings.GetValueOrDefault(paths[0].Path);
        var rows = paths.Select(p => Row(p.Path, p.OnGpu ? gpuPeak : cpuPeak, p.ReferencePath)).ToList();

        var notes = new List<string> { "Kernel rows include the copies to and from the device." };
        if (gpu is null)
        {
            notes.Add("No GPU selected: kernels are not timed (ILGPU's CPU emulator only proves them correct). On a machine with a CUDA GPU, MLKATA_DEVICE=auto or cuda adds them.");
        }

        return new BenchReport(kata.Id, reference.Describe(n), reference.Unit, device.Description, cpuPeak, gpuPeak, rows, notes);

        BenchRow Row(string path, Peak? peak, string? referencePath)
        {
            if (!timings.TryGetValue(path, out var timing))
            {
                return new BenchRow(path, null, null, null, null, null, errors.GetValueOrDefault(path) ?? "not measured");
            }

            var throughput = work / timing.Median.TotalSeconds;
            return new BenchRow(
                path,
                timing,
                throughput,
                peak is null ? null : throughput / peak.PerSecond,
                scalar is null ? null : scalar.Median / timing.Median,
                referencePath is not null && timings.TryGetValue(referencePath, out var theirs) ? theirs.Median / timing.Median : null,
                null);
        }
    }

    /// <summary>
    /// The scalar baseline alone (it can take seconds a call), then the other paths and the CPU's
    /// peak probe warmed up and timed in alternating rounds, so that the machine's drift can
    /// favour none of them, nor flatter or shame them against the peak. A path that throws gets
    /// its error instead of a timing; the probe is then timed on its own.
    /// </summary>
    private static (Dictionary<string, Timing> Timings, Dictionary<string, string> Errors, Timing Probe) Measure(
        List<(string Path, Action Call, bool OnGpu, string? ReferencePath)> paths, string? learnerNotReady, Action probe, Action<string>? progress)
    {
        var timings = new Dictionary<string, Timing>();
        var errors = new Dictionary<string, string>();
        var (scalarPath, scalarCall, _, _) = paths[0];
        progress?.Invoke($"measuring {scalarPath}");
        if (Describe(Record(() => timings[scalarPath] = Timing.Measure(scalarCall, Budget, minimumSamples: 3))) is { } scalarError)
        {
            errors[scalarPath] = scalarError;
        }

        var fast = new List<(string Path, Action Call)>();
        foreach (var (path, call, _, referencePath) in paths.Skip(1))
        {
            progress?.Invoke($"warming up {path}");
            var error = referencePath is not null && learnerNotReady is not null ? learnerNotReady : Describe(Record(() => Timing.WarmUp(call, Budget)));
            if (error is null)
            {
                fast.Add((path, call));
            }
            else
            {
                errors[path] = error;
            }
        }

        Timing.WarmUp(probe, Budget);
        progress?.Invoke($"measuring {string.Join(", ", fast.Select(f => f.Path))} and the CPU's peak in alternating rounds");
        IReadOnlyList<Timing> measured = [];
        var failure = Describe(Record(() => measured = Timing.MeasureInterleaved([.. fast.Select(f => f.Call), probe], Budget)));
        for (var i = 0; i < fast.Count; i++)
        {
            if (failure is null)
            {
                timings[fast[i].Path] = measured[i];
            }
            else
            {
                errors[fast[i].Path] = failure;
            }
        }

        return (timings, errors, failure is null ? measured[^1] : Timing.Measure(probe, Budget));
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
        var compiled = SubmissionCompiler.Compile($"{kata.Id}-bench-{who}", learnerFiles, tests, kata.Manifest.Gpu);
        if (!compiled.Succeeded)
        {
            var errors = compiled.Errors.Take(5).Select(d => d.ToString());
            throw new InvalidDataException($"The {who}'s code for {kata.Id} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        var context = new AssemblyLoadContext($"{kata.Id}-bench-{who}", isCollectible: true);
        var code = context.LoadFromStream(new MemoryStream(compiled.LearnerAssembly!.Image));
        context.Resolving += (_, name) => name.Name == code.GetName().Name ? code : null;
        var assembly = context.LoadFromStream(new MemoryStream(compiled.TestsAssembly!.Image));
        var benchmark = assembly.GetTypes().FirstOrDefault(t => t.IsSubclassOf(typeof(KataBenchmark)) && !t.IsAbstract)
            ?? throw new InvalidDataException($"{kata.Id} has no benchmark: only GPU katas have one (a KataBenchmark in its tests).");
        return (KataBenchmark)Activator.CreateInstance(benchmark)!;
    }
}
