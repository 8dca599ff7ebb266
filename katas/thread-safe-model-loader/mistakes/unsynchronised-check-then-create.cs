namespace Katas.ThreadSafeModelLoader;

// Mistake: check-then-create with no lock. Every caller that arrives before the first load
// finishes sees null and runs load itself.

/// <summary>
/// Loads a model on first use, exactly once however many threads ask at the same moment,
/// and hands every caller the same instance.
/// </summary>
/// <typeparam name="TModel">The model's type.</typeparam>
public sealed class ModelLoader<TModel>
    where TModel : class
{
    private readonly Func<TModel> _load;

    // Volatile: the fast path reads it without the lock, and must never see the reference
    // before the writes that built the object behind it.
    private volatile TModel? _model;

    /// <summary>Creates a loader that will call <paramref name="load"/> on first use.</summary>
    public ModelLoader(Func<TModel> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        _load = load;
    }

    /// <summary>Whether a model has been loaded: never true before it is fully constructed.</summary>
    public bool IsLoaded => _model is not null;

    /// <summary>The model, loading it on first use. A failed load is not remembered: the next call tries again.</summary>
    public TModel Get()
    {
        if (_model is null)
        {
            _model = _load() ?? throw new InvalidOperationException("The load function returned null instead of a model.");
        }

        return _model;
    }
}
