using System.Collections.Concurrent;
using System.Diagnostics;

namespace MlKata.Core.Engine.Isolation;

/// <summary>How one job in a worker ended, seen from the host.</summary>
internal abstract record WorkerOutcome(string? Running, IReadOnlyList<TestOutcome> Finished)
{
    public sealed record Completed(KataResult Result) : WorkerOutcome(null, Result.Tests);

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
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = new();
    private readonly List<string> _errorHead = [];
    private readonly Queue<string> _errorTail = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        var reader = new Thread(ReadProtocol) { IsBackground = true, Name = "mlkata worker reader" };
        reader.Start();
        process.ErrorDataReceived += (_, e) => KeepError(e.Data);
        process.BeginErrorReadLine();
    }

    public static WorkerProcess Start(string workerPath, long memoryCapBytes)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(workerPath);

        // The GC's hard limit turns a runaway allocation into an OutOfMemoryException in the
        // worker instead of the machine swapping; hex, as the runtime reads it.
        start.Environment["DOTNET_GCHeapHardLimit"] = memoryCapBytes.ToString("X");
        start.Environment["DOTNET_TieredPGO"] = "0"; // steadier timings for the complexity checks
        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException($"Could not start the worker {workerPath}."));
    }

    public WorkerOutcome Run(WorkerRequest request, TimeSpan deadline)
    {
        _process.StandardInput.WriteLine(WorkerProtocol.Frame(request));
        _process.StandardInput.Flush();

        var finished = new List<TestOutcome>();
        string? running = null;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var left = deadline - clock.Elapsed;
            if (left <= TimeSpan.Zero || !_lines.TryTake(out var line, left))
            {
                if (_lines.IsCompleted)
                {
                    _process.WaitForExit();
                    return new WorkerOutcome.Exited(_process.ExitCode, ErrorText(), running, finished);
                }

                return new WorkerOutcome.PastDeadline(running, finished);
            }

            switch (WorkerProtocol.Unframe<WorkerMessage>(line))
            {
                case { Kind: WorkerMessage.Started, Test: var test }:
                    running = test;
                    break;
                case { Kind: WorkerMessage.Finished, Outcome: { } outcome }:
                    finished.Add(outcome);
                    running = null;
                    break;
                case { Kind: WorkerMessage.Done, Result: { } result }:
                    return new WorkerOutcome.Completed(result);
                case { Kind: WorkerMessage.Failure, Error: var error }:
                    return new WorkerOutcome.Failed(error ?? "the worker failed");
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
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
            while (_process.StandardOutput.ReadLine() is { } line)
            {
                _lines.Add(line);
            }
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

    private void KeepError(string? line)
    {
        if (line is null)
        {
            return;
        }

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
        _process.WaitForExit(); // lets the stderr reader drain
        lock (_errorTail)
        {
            return string.Join(Environment.NewLine, _errorHead.Concat(_errorTail));
        }
    }
}
