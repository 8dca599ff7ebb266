using System.Reflection;
using System.Runtime.Loader;
using System.Xml.Linq;
using NUnit;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace MlKata.Core.Engine;

/// <summary>
/// Runs a compiled kata's NUnit tests in this process through NUnit's own framework API, in a
/// collectible load context so that a long session of checks does not grow without bound.
/// A run that passes its time limit is stopped from starting more tests and reported as timed
/// out; the stuck test's thread cannot be killed in-process, which is why learner code runs in
/// a worker process that is replaced after a timeout or crash, and resumes after a crash with
/// the tests not yet done.
/// </summary>
public static class InProcessTestRunner
{
    private const int LongestText = 64 * 1024;

    /// <summary>
    /// Loads the learner's assembly and the tests over it, and runs every test within
    /// <paramref name="timeLimit"/>; or, resuming after a crash, every test not in
    /// <paramref name="soFar"/>, within what is left of the limit.
    /// </summary>
    public static TestRun Run(CompiledAssembly learner, CompiledAssembly tests, TimeSpan timeLimit, ITestProgress? progress = null, RunSoFar? soFar = null) =>
        WithLoaded(learner, tests, assembly => RunLoaded(assembly, timeLimit, progress, soFar));

    /// <summary>
    /// The tests NUnit finds in <paramref name="tests"/> (built over <paramref name="learner"/>),
    /// with their tasks and points, without running any: the canonical list a result is held to.
    /// </summary>
    public static IReadOnlyList<TestOutcome> Explore(CompiledAssembly learner, CompiledAssembly tests) =>
        WithLoaded(learner, tests, assembly =>
        {
            var loaded = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder()).Load(assembly, new Dictionary<string, object>());
            return Leaves(loaded).Select(NotYetRun).ToList();
        });

    private static T WithLoaded<T>(CompiledAssembly learner, CompiledAssembly tests, Func<Assembly, T> use)
    {
        // NUnit names the test suite after the assembly's file, and the runtime finds symbols
        // (file and line in stack traces) beside it: so the images go to a private folder
        // rather than being loaded from a stream.
        var folder = Directory.CreateTempSubdirectory("mlkata-run-");
        var context = new AssemblyLoadContext($"kata:{tests.Name}", isCollectible: true);
        try
        {
            var learnerAssembly = context.LoadFromAssemblyPath(Write(folder, learner));
            context.Resolving += (_, name) => name.Name == learner.Name ? learnerAssembly : null;
            return use(context.LoadFromAssemblyPath(Write(folder, tests)));
        }
        finally
        {
            context.Unload();
            TryDelete(folder);
        }
    }

    private static string Write(DirectoryInfo folder, CompiledAssembly assembly)
    {
        var path = Path.Combine(folder.FullName, assembly.Name + ".dll");
        File.WriteAllBytes(path, assembly.Image);
        if (assembly.Symbols is not null)
        {
            File.WriteAllBytes(Path.ChangeExtension(path, ".pdb"), assembly.Symbols);
        }

        return path;
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A test still running after a timeout may hold it open; the OS temp cleaner will get it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static TestRun RunLoaded(Assembly assembly, TimeSpan timeLimit, ITestProgress? progress, RunSoFar? soFar)
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        var settings = new Dictionary<string, object>
        {
            // One worker thread, no parallel dispatch: verdicts must not depend on scheduling,
            // and jobs already run side by side at the engine level.
            [FrameworkPackageSettings.NumberOfTestWorkers] = 0,
            [FrameworkPackageSettings.RandomSeed] = 20240601,
            [FrameworkPackageSettings.StopOnError] = false,

            // Report each test's start before it runs, on its own thread: NUnit otherwise queues
            // events for a pump thread, and a test that blows the stack kills the worker before
            // a busy machine has pumped its start, so the crash could not name the test.
            [FrameworkPackageSettings.SynchronousEvents] = true,
        };

        var loaded = runner.Load(assembly, settings);
        if (loaded.RunState == RunState.NotRunnable)
        {
            var reason = loaded.Properties.Get(PropertyNames.SkipReason) as string ?? "the test assembly could not be loaded";
            return new TestRun(TestRunEnd.LoadFailed, [], $"the kata's tests could not be run: {reason}");
        }

        if (loaded.TestCaseCount == 0)
        {
            return new TestRun(TestRunEnd.LoadFailed, [], "the kata's tests could not be run: they define no test");
        }

        var filter = Skipping(loaded, soFar?.Done ?? []);
        var planned = Leaves(loaded).Where(t => filter.Pass(t)).ToList();
        progress?.Planned(planned.Select(NotYetRun).ToList());

        var listener = new OutcomeListener(progress);
        runner.RunAsync(listener, filter);
        var timeLeft = timeLimit - (soFar?.Elapsed ?? TimeSpan.Zero);
        if (runner.WaitForCompletion((int)Math.Clamp(timeLeft.TotalMilliseconds, 0, int.MaxValue)))
        {
            return new TestRun(TestRunEnd.Completed, Leaves(runner.Result!).Select(ToOutcome).ToList(), null);
        }

        runner.StopRun(force: false); // start no further test; the running one cannot be aborted here
        var running = listener.Running;
        var finished = listener.Finished;
        var timedOut = planned
            .Where(t => finished.All(f => f.Name != DisplayName(t)))
            .Select(t => NotYetRun(t) with
            {
                Verdict = TestVerdict.TimedOut,
                Message = t.FullName == running ? $"still running after the time limit of {timeLimit.TotalSeconds:0.#} s" : "not run: the time limit ran out earlier",
            });
        var message = running is null
            ? $"timed out after {timeLimit.TotalSeconds:0.#} s"
            : $"timed out after {timeLimit.TotalSeconds:0.#} s in {running}";
        return new TestRun(TestRunEnd.TimedOut, [.. finished, .. timedOut], message);
    }

    // Every test but those already done, as NUnit's own filter (its classes are internal, its XML
    // form is not), so that a skipped test is left out of the run and of its results alike.
    private static TestFilter Skipping(ITest loaded, IReadOnlyList<string> done)
    {
        var names = done.ToHashSet(StringComparer.Ordinal);
        var skipped = Leaves(loaded).Where(t => names.Contains(DisplayName(t))).Select(t => new XElement("test", t.FullName)).ToList();
        return skipped.Count == 0
            ? TestFilter.Empty
            : TestFilter.FromXml(new XElement("filter", new XElement("not", new XElement("or", skipped))).ToString(SaveOptions.DisableFormatting));
    }

    // A test with its name, task and points, and no verdict yet.
    private static TestOutcome NotYetRun(ITest test) =>
        new(DisplayName(test), TestVerdict.Skipped, null, null, null,
            Property(test, MlKata.Testing.TaskAttribute.PropertyName), Property(test, MlKata.Testing.PointsAttribute.PropertyName));

    internal static TestOutcome ToOutcome(ITestResult result)
    {
        var verdict = result.ResultState.Status switch
        {
            TestStatus.Passed => TestVerdict.Passed,
            TestStatus.Skipped => TestVerdict.Skipped,
            _ => TestVerdict.Failed, // Failed, Inconclusive and Warning: not a clean pass
        };
        return new TestOutcome(
            DisplayName(result.Test),
            verdict,
            Capped(string.IsNullOrWhiteSpace(result.Message) ? null : result.Message.Trim()),
            Capped(string.IsNullOrWhiteSpace(result.StackTrace) ? null : result.StackTrace),
            Capped(string.IsNullOrEmpty(result.Output) ? null : result.Output),
            Property(result.Test, MlKata.Testing.TaskAttribute.PropertyName),
            Property(result.Test, MlKata.Testing.PointsAttribute.PropertyName));
    }

    // A test's text reaches the host and every report: code that prints megabytes must not make them huge.
    private static string? Capped(string? text) =>
        text is { Length: > LongestText } ? text[..LongestText] + $"… ({text.Length - LongestText} more characters cut)" : text;

    internal static string DisplayName(ITest test) =>
        Fixture(test) is { } fixture ? $"{fixture.Name}.{test.Name}" : test.Name;

    private static ITest? Fixture(ITest test)
    {
        for (var current = test.Parent; current is not null; current = current.Parent)
        {
            if (current is TestFixture)
            {
                return current;
            }
        }

        return null;
    }

    // A [TestCase] method's attributes sit on its parameterised-method suite, not on each case.
    private static int? Property(ITest test, string name)
    {
        for (ITest? current = test; current is not null and not TestFixture; current = current.Parent)
        {
            if (current.Properties.Get(name) is int value)
            {
                return value;
            }
        }

        return null;
    }

    private static IEnumerable<ITestResult> Leaves(ITestResult result) =>
        result.HasChildren ? result.Children.SelectMany(Leaves) : result.Test.IsSuite ? [] : [result];

    private static IEnumerable<ITest> Leaves(ITest test) =>
        test.HasChildren ? test.Tests.SelectMany(Leaves) : test.IsSuite ? [] : [test];

    /// <summary>Remembers finished tests and the one running, for a partial result after a timeout.</summary>
    private sealed class OutcomeListener(ITestProgress? progress) : ITestListener
    {
        private readonly Lock _gate = new();
        private readonly List<TestOutcome> _finished = [];
        private volatile string? _running;

        public string? Running => _running;

        public IReadOnlyList<TestOutcome> Finished
        {
            get
            {
                lock (_gate)
                {
                    return [.. _finished];
                }
            }
        }

        public void TestStarted(ITest test)
        {
            if (!test.IsSuite)
            {
                _running = test.FullName;
                progress?.Started(DisplayName(test));
            }
        }

        public void TestFinished(ITestResult result)
        {
            if (result.Test.IsSuite)
            {
                return;
            }

            var outcome = ToOutcome(result);
            lock (_gate)
            {
                _finished.Add(outcome);
            }

            progress?.Finished(outcome);
        }

        public void TestOutput(TestOutput output)
        {
        }

        public void SendMessage(TestMessage message)
        {
        }
    }
}
