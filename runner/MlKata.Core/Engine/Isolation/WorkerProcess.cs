using System.Collections.Concurrent;
using System.Diagnostics;
using MlKata.Testing;

namespace MlKata.Core.Engine.Isolation;

/// <summary>How one job in a worker ended, seen from the host.</summary>
internal abstract record WorkerOutcome(string? Running, IReadOnlyList<TestOutcome> Finished)
{
    /// <summary>The tests the worker set out to run once it had loaded them; null if it never got that far.</summary>
    public IReadOnlyList<TestOutcome>? Planned { get; init; }

    /// <summary>How long its tests ran: from the plan to the end of the job.</summary>
    public TimeSpan TestTime { get; init; }

    public sealed record Completed(TestRun Run) : WorkerOutcome(null, Run.Tests);

    public sealed record Failed(string Message) : WorkerOutcome(null, []);

    public sealed record Exited(int ExitCode, string ErrorText, string? Running, IReadOnlyList<TestOutcome> Finished) : WorkerOutcome(Running, Finished);

    public sealed record PastDeadline(string? Running, IReadOnlyList<TestOutcome> Finished) : WorkerOutcome(Running, Finished);
}

/// <summary>
/// One worker process: the request pipe in, the protocol lines out, and the first and last
/// lines of stderr kept for a crash report (the runtime states the cause first: "Stack
/// overflow.", "Unhandled exception. …", then prints thousands of frames).
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int ErrorLinesKept = 20;
    private const int LongestErrorLine = 2_000;
    private const int LongestProtocolLine = 32 * 1024 * 1024; // a result with every test's output, capped per test
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(2);
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = new();
    private readonly List<string> _errorHead = [];
    private readonly Queue<string> _errorTail = new();
    private readonly Thread _errorReader;

    private WorkerProcess(Process process)
    {
        _process = process;
        new Thread(ReadProtocol) { IsBackground = true, Name = "mlkata worker protocol" }.Start();
        _errorReader = new Thread(ReadErrors) { IsBackground = true, Name = "mlkata worker stderr" };
        _errorReader.Start();
    }

    /// <summary>Starts a worker; under bubblewrap when <paramref name="options"/> ask for it.</summary>
    public static WorkerProcess Start(string workerPath, WorkerOptions options)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (options.SandboxHiding is { } hidden)
        {
            start.FileName = Bubblewrap.Program;
            // The worker and the runtime stay readable wherever they live, /tmp included.
            var runtimeRoot = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
            foreach (var argument in Bubblewrap.Arguments(hidden, [Path.GetDirectoryName(Path.GetFullPath(workerPath))!, runtimeRoot]))
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add("dotnet");
        }
        else
        {
            start.FileName = "dotnet";
        }

        start.ArgumentList.Add(workerPath);

        // The GC's hard limit turns a runaway allocation into an OutOfMemoryException in the
        // worker instead of the machine swapping; hex, as the runtime reads it.
        start.Environment["DOTNET_GCHeapHardLimit"] = (options.MemoryCapMiB * 1024L * 1024L).ToString("X");
        start.Environment["DOTNET_TieredPGO"] = "0"; // steadier timings for the complexity checks
        if (options.Seed is { } seed)
        {
            start.Environment[SeededData.SeedVariable] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            start.Environment.Remove(SeededData.SeedVariable);
        }

        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException($"Could not start the worker {workerPath}."));
    }

    public WorkerOutcome Run(WorkerRequest request, TimeSpan deadline)
    {
        _process.StandardInput.WriteLine(WorkerProtocol.Frame(request));
        _process.StandardInput.Flush();

        var finished = new List<TestOutcome>();
        string? running = null;
        IReadOnlyList<TestOutcome>? planned = null;
        TimeSpan? testsFrom = null;
        var clock = Stopwatch.StartNew();
        TimeSpan? exitedAt = null;

        // Timed before the exit code and stderr are waited for: those are the host's time, not the tests'.
        WorkerOutcome Stamped(WorkerOutcome outcome, TimeSpan end) =>
            outcome with { Planned = planned, TestTime = testsFrom is { } from ? end - from : TimeSpan.Zero };

        while (true)
        {
            if (!_lines.TryTake(out var line, PollInterval))
            {
                // A process that left a child holding its pipes never closes them: once it has
                // exited, what it wrote arrives within the grace, or never.
                if (_lines.IsCompleted || (exitedAt is { } at && clock.Elapsed - at > ExitGrace))
                {
                    var end = exitedAt ?? clock.Elapsed;
                    return Stamped(new WorkerOutcome.Exited(ExitCode(), ErrorText(), running, finished), end);
                }

                exitedAt ??= _process.HasExited ? clock.Elapsed : null;
                if (clock.Elapsed >= deadline)
                {
                    return Stamped(new WorkerOutcome.PastDeadline(running, finished), clock.Elapsed);
                }

                continue;
            }

            switch (WorkerProtocol.Unframe<WorkerMessage>(line))
            {
                case { Token: var token } when token != request.Token:
                    break; // not this job's: learner code cannot sign a message
                case { Kind: WorkerMessage.Planned, Tests: { } tests }:
                    planned = tests;
                    testsFrom = clock.Elapsed;
                    break;
                case { Kind: WorkerMessage.Started, Test: var test }:
                    running = test;
                    break;
                case { Kind: WorkerMessage.Finished, Outcome: { } outcome }:
                    finished.Add(outcome);
                    running = null;
                    break;
                case { Kind: WorkerMessage.Done, Run: { } run }:
                    return Stamped(new WorkerOutcome.Completed(run), clock.Elapsed);
                case { Kind: WorkerMessage.Failure, Error: var error }:
                    return Stamped(new WorkerOutcome.Failed(error ?? "the worker failed"), clock.Elapsed);
            }
        }
    }

    private int ExitCode()
    {
        _process.WaitForExit(ExitGrace);
        return _process.HasExited ? _process.ExitCode : -1;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(ExitGrace);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
    }

    private void ReadProtocol()
    {
        try
        {
            BoundedLineReader.ReadAll(_process.StandardOutput, LongestProtocolLine, _lines.Add);
        }
        catch (IOException)
        {
            // the pipe broke with the process
        }
        finally
        {
            _lines.CompleteAdding();
        }
    }

    private void ReadErrors()
    {
        try
        {
            BoundedLineReader.ReadAll(_process.StandardError, LongestErrorLine, KeepError);
        }
        catch (IOException)
        {
        }
    }

    private void KeepError(string line)
    {
        lock (_errorTail)
        {
            if (_errorHead.Count < ErrorLinesKept)
            {
                _errorHead.Add(line);
                return;
            }

            _errorTail.Enqueue(line);
            if (_errorTail.Count > ErrorLinesKept)
            {
                _errorTail.Dequeue();
            }
        }
    }

    private string ErrorText()
    {
        _errorReader.Join(ExitGrace); // lets the stderr reader drain, unless a child still holds the pipe
        lock (_errorTail)
        {
            return string.Join(Environment.NewLine, _errorHead.Concat(_errorTail));
        }
    }
}
