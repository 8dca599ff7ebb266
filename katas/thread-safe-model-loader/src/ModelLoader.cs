namespace Katas.ThreadSafeModelLoader;

/// <summary>
/// Loads a model on first use, exactly once however many threads ask at the same moment,
/// and hands every caller the same instance.
/// </summary>
/// <typeparam name="TModel">The model's type.</typeparam>
public sealed class ModelLoader<TModel>
    where TModel : class
{
    /// <summary>Creates a loader that will call <paramref name="load"/> on first use.</summary>
    public ModelLoader(Func<TModel> load)
    {
        throw new NotImplementedException();
    }

    /// <summary>Whether a model has been loaded: never true before it is fully constructed.</summary>
    public bool IsLoaded => throw new NotImplementedException();

    /// <summary>The model, loading it on first use. A failed load is not remembered: the next call tries again.</summary>
    public TModel Get()
    {
        throw new NotImplementedException();
    }
}
