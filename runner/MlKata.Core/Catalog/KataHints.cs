namespace MlKata.Core.Catalog;

/// <summary>
/// A kata's hints (kata.json <c>hints</c>), by the task each one helps with: a learner stuck on
/// task 3 gets task 3's hints, one at a time, in the order kata.json lists them.
/// </summary>
public sealed class KataHints
{
    private readonly SortedDictionary<int, IReadOnlyList<string>> _byTask;

    /// <summary>Hints by task number; a task with no hints is left out.</summary>
    public KataHints(IEnumerable<KeyValuePair<int, IReadOnlyList<string>>> byTask)
    {
        ArgumentNullException.ThrowIfNull(byTask);
        _byTask = new SortedDictionary<int, IReadOnlyList<string>>(byTask.Where(t => t.Value.Count > 0).ToDictionary());
    }

    /// <summary>The tasks that have hints, in task order.</summary>
    public IReadOnlyList<int> Tasks => [.. _byTask.Keys];

    /// <summary>How many hints there are, over every task.</summary>
    public int Count => _byTask.Values.Sum(h => h.Count);

    /// <summary>The hints of <paramref name="task"/> in the order they are revealed; none when it has none.</summary>
    public IReadOnlyList<string> For(int task) => _byTask.TryGetValue(task, out var hints) ? hints : [];
}
