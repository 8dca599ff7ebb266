namespace MlKata.Core.Engine.Isolation;

/// <summary>
/// The worker's main loop: read a job (assemblies the host compiled), run its tests in this
/// process, and stream the tests it is about to run, each test's start and verdict, then the
/// run. Learner code runs here, never in the host: when it hangs, blows the stack or runs out
/// of memory, only this process dies.
/// The worker reads no catalog and compiles nothing, so a sandbox can hide every kata from it.
/// </summary>
public static class WorkerLoop
{
    /// <summary>Serves jobs from <paramref name="input"/> until it ends; protocol goes to <paramref name="protocol"/>.</summary>
    public static int Run(TextReader input, Stream protocol)
    {
        using var output = new StreamWriter(protocol) { AutoFlush = true };

        // Whatever learner code prints goes to stderr, not into the protocol stream.
        Console.SetOut(Console.Error);

        while (input.ReadLine() is { } line)
        {
            var request = WorkerProtocol.Unframe<WorkerRequest>(line);
            if (request is null)
            {
                continue;
            }

            try
            {
                var run = InProcessTestRunner.Run(request.Learner, request.Tests, request.TimeLimit, new StreamingProgress(output, request.Token), request.SoFar);
                output.WriteLine(WorkerProtocol.Frame(new WorkerMessage(WorkerMessage.Done, request.Token, Run: run)));
            }
            catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException)
            {
                output.WriteLine(WorkerProtocol.Frame(new WorkerMessage(WorkerMessage.Failure, request.Token, Error: e.Message)));
            }
        }

        return 0;
    }

    private sealed class StreamingProgress(StreamWriter output, string token) : ITestProgress
    {
        private readonly Lock _gate = new();

        public void Planned(IReadOnlyList<TestOutcome> tests) => Write(new WorkerMessage(WorkerMessage.Planned, token, Tests: tests));

        public void Started(string testName) => Write(new WorkerMessage(WorkerMessage.Started, token, Test: testName));

        public void Finished(TestOutcome outcome) => Write(new WorkerMessage(WorkerMessage.Finished, token, Outcome: outcome));

        private void Write(WorkerMessage message)
        {
            lock (_gate)
            {
                output.WriteLine(WorkerProtocol.Frame(message));
            }
        }
    }
}
