namespace Katas.ThreadSafeModelLoader;

// Alternative: the model's field is a plain field, and the two accesses that need ordering
// say so: Volatile.Read on the lock-free path (an acquire), Volatile.Write to publish (a
// release). As correct as a volatile field, with every other access left plain.

/// <summary>
/// Loads a model on first use, exactly once however many threads ask at the same moment,
/// and hands every caller the same instance.
/// </summary>
/// <typeparam name="TModel">The model's type.</typeparam>
public sealed class ModelLoader<TModel>
    where TModel : class
{
    private readonly Func<TModel> _load;
    private readonly Lock _gate = new();
    private TModel? _model;

    /// <summary>Creates a loader that will call <paramref name="load"/> on first use.</summary>
    public ModelLoader(Func<TModel> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        _load = load;
    }

    /// <summary>Whether a model has been loaded: never true before it is fully constructed.</summary>
    public bool IsLoaded => Volatile.Read(ref _model) is not null;

    /// <summary>The model, loading it on first use. A failed load is not remembered: the next call tries again.</summary>
    public TModel Get()
    {
        var model = Volatile.Read(ref _model);
        if (model is not null)
        {
            return model; // every call after the first: one acquiring read, no lock
        }

        lock (_gate)
        {
            model = _model; // under the lock, the lock orders this read
            if (model is null)
            {
                // If load throws, nothing is stored: the exception reaches this caller and the
                // next Get tries again.
                model = _load() ?? throw new InvalidOperationException("The load function returned null instead of a model.");
                Volatile.Write(ref _model, model);
            }

            return model;
        }
    }
}
