namespace Katas.ThreadSafeModelLoader;

// Mistake: Lazy<T> in its default mode (ExecutionAndPublication) runs load once even under
// contention, but it also caches a failed load: every later Get rethrows the first exception.
public sealed class ModelLoader<TModel>
    where TModel : class
{
    private readonly Lazy<TModel> _model;

    public ModelLoader(Func<TModel> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        _model = new Lazy<TModel>(load);
    }

    public bool IsLoaded => _model.IsValueCreated;

    public TModel Get() => _model.Value;
}
