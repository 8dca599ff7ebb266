using MlKata.Core.Catalog;

namespace MlKata.Core.Engine.Isolation;

/// <summary>
/// The worker's main loop: read a job, check it in this process, stream each test's start and
/// verdict, then the result. Learner code runs here, never in the host: when it hangs, blows
/// the stack or calls Environment.Exit, only this process dies.
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
                var kata = KataCatalog.LoadCanonical(request.KataDirectory); // a sandbox hides the rest
                var result = KataEngine.Check(kata, request.LearnerFiles, request.RunName, new StreamingProgress(output, request.Token));
                output.WriteLine(WorkerProtocol.Frame(new WorkerMessage(WorkerMessage.Done, request.Token, Result: result)));
            }
            catch (Exception e) when (e is KataFormatException or IOException or InvalidOperationException)
            {
                output.WriteLine(WorkerProtocol.Frame(new WorkerMessage(WorkerMessage.Failure, request.Token, Error: e.Message)));
            }
        }

        return 0;
    }

    private sealed class StreamingProgress(StreamWriter output, string token) : ITestProgress
    {
        private readonly Lock _gate = new();

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
