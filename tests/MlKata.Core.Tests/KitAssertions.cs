using NUnit.Framework;
using NUnit.Framework.Internal;

namespace MlKata.Core.Tests;

internal static class KitAssertions
{
    /// <summary>
    /// The message of the assertion <paramref name="action"/> fails with, or null when it passes.
    /// NUnit records a failed assertion in the current result even when it is caught, so the
    /// action runs in an isolated context.
    /// </summary>
    public static string? FailureOf(Action action)
    {
        using (new TestExecutionContext.IsolatedContext())
        {
            try
            {
                action();
                return null;
            }
            catch (AssertionException e)
            {
                return e.Message;
            }
        }
    }
}
