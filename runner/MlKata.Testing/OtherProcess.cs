using System.Diagnostics;
using System.Text;

namespace MlKata.Testing;

/// <summary>
/// Runs a static method of the tests in a fresh process and returns its result there: for claims
/// only a second process can test, such as a placement that must agree across processes (every
/// .NET process seeds <see cref="string.GetHashCode()"/> anew). The child is <see cref="HostFileName"/>,
/// which ships beside this kit, started with `dotnet exec` by the same host; it loads the tests
/// from their file (a test project's output, or the images a worker wrote to its temp folder) and
/// inherits the environment, the grading seed among it.
/// </summary>
public static class OtherProcess
{
    /// <summary>The child program, beside MlKata.Testing.dll in every output and package.</summary>
    public const string HostFileName = "mlkata-child.dll";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Calls <paramref name="staticMethod"/> in a new process and returns what it returned there.</summary>
    /// <param name="staticMethod">A static parameterless method of a non-generic class, as a method group
    /// (<c>OtherProcess.Invoke(PlaceSampleKeys)</c>): a lambda compiles to an instance method, and its captures would not travel.</param>
    /// <param name="timeout">How long the child may run before it is killed (default 30 s).</param>
    /// <exception cref="ArgumentException">The delegate is not such a method.</exception>
    /// <exception cref="InvalidOperationException">The child failed; the message holds what it wrote to stderr (the exception it threw).</exception>
    /// <exception cref="TimeoutException">The child ran past <paramref name="timeout"/>.</exception>
    public static string Invoke(Func<string> staticMethod, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(staticMethod);
        var method = staticMethod.Method;
        if (staticMethod.Target is not null || !method.IsStatic || method.IsGenericMethod || method.DeclaringType is not { IsGenericType: false } type)
        {
            throw new ArgumentException(
                $"{method.Name} must be a static method of a non-generic class, passed as a method group (OtherProcess.Invoke(PlaceSampleKeys)): a lambda compiles to an instance method.",
                nameof(staticMethod));
        }

        var tests = type.Assembly.Location;
        if (tests.Length == 0)
        {
            throw new InvalidOperationException($"{type.Assembly.GetName().Name} was loaded from memory, so another process cannot load it.");
        }

        var limit = timeout ?? DefaultTimeout;
        using var child = Process.Start(StartInfo(Host(), tests, type.FullName!, method.Name))
            ?? throw new InvalidOperationException($"Could not start {HostFileName}.");
        child.StandardInput.Close(); // in a worker, this process's stdin is the host's job pipe: the child gets none of it
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        if (!child.WaitForExit(limit))
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException($"{type.Name}.{method.Name} did not return in another process within {limit.TotalSeconds:0.#} s.");
        }

        return child.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"{type.Name}.{method.Name} failed in another process (exit code {child.ExitCode}): {error.Result.Trim()}");
    }

    private static string Host()
    {
        var host = Path.Combine(Path.GetDirectoryName(typeof(OtherProcess).Assembly.Location)!, HostFileName);
        return File.Exists(host)
            ? host
            : throw new FileNotFoundException($"{HostFileName} is missing beside MlKata.Testing.dll: the kit's project or package copies it into every output that references the kit.", host);
    }

    // Environment.ProcessPath is the dotnet host both in a worker and under `dotnet test`.
    private static ProcessStartInfo StartInfo(string host, string tests, string typeName, string methodName)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", host, tests, typeName, methodName })
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
