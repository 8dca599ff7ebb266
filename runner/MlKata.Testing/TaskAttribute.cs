using NUnit.Framework;

namespace MlKata.Testing;

/// <summary>
/// The step of the kata a test belongs to (1 = first). Reports group verdicts by task and
/// results.json carries it as <c>task_id</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TaskAttribute : PropertyAttribute
{
    /// <summary>The NUnit property name under which the task number is stored.</summary>
    public const string PropertyName = "Task";

    /// <summary>Marks a test as part of task <paramref name="task"/> (at least 1).</summary>
    public TaskAttribute(int task) : base(PropertyName, task)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(task, 1);
        Task = task;
    }

    /// <summary>The task number.</summary>
    public int Task { get; }
}
