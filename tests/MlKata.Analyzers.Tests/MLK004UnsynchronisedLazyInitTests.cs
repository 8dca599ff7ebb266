using MlKata.Analyzers.CodeFixes;
using NUnit.Framework;
using VerifyMLK004 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK004UnsynchronisedLazyInitAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK004UnsynchronisedLazyInitTests
{
    [Test]
    public Task Static_singleton_created_under_an_if_null_is_flagged() => VerifyMLK004.Diagnostics("""
        class Model
        {
            private static Model? s_instance;
            public static Model Instance
            {
                get
                {
                    if (s_instance == null)
                    {
                        {|MLK004:s_instance = new Model()|};
                    }
                    return s_instance;
                }
            }
        }
        """);

    [Test]
    public Task Static_singleton_created_with_coalesce_assignment_is_flagged() => VerifyMLK004.Diagnostics("""
        class Model
        {
            private static Model? s_instance;
            public static Model Instance => {|MLK004:s_instance ??= new Model()|};
        }
        """);

    [Test]
    public Task Early_return_form_is_flagged() => VerifyMLK004.Diagnostics("""
        class Registry
        {
            private static Registry? s_registry;
            public static Registry Get()
            {
                if (s_registry is not null) return s_registry;
                {|MLK004:s_registry = new Registry()|};
                return s_registry;
            }
        }
        """);

    [Test]
    public Task Instance_field_in_a_type_that_expects_concurrency_is_flagged() => VerifyMLK004.Diagnostics("""
        using System;
        class ModelLoader<TModel> where TModel : class
        {
            private readonly Func<TModel> _load;
            private volatile TModel? _model;
            public ModelLoader(Func<TModel> load) { _load = load; }
            public TModel Get()
            {
                if (_model is null)
                {
                    {|MLK004:_model = _load()|};
                }
                return _model;
            }
        }
        """);

    [Test]
    public Task Instance_lazy_cache_in_a_single_threaded_type_is_silent() => VerifyMLK004.Diagnostics("""
        using System.Collections.Generic;
        class Vocabulary
        {
            private Dictionary<string, int>? _index;
            private readonly string[] _words = { "a", "b" };
            public int IndexOf(string word)
            {
                _index ??= new Dictionary<string, int>();
                return _index.TryGetValue(word, out var i) ? i : -1;
            }
        }
        """);

    [Test]
    public Task Creation_under_a_lock_and_double_checked_locking_are_silent() => VerifyMLK004.Diagnostics("""
        class Model
        {
            private static readonly object s_gate = new();
            private static volatile Model? s_instance;
            private static Model? s_other;
            public static Model Instance
            {
                get
                {
                    if (s_instance == null)
                    {
                        lock (s_gate)
                        {
                            if (s_instance == null) s_instance = new Model();
                        }
                    }
                    return s_instance;
                }
            }
            public static Model Other()
            {
                lock (s_gate) { return s_other ??= new Model(); }
            }
        }
        """);

    [Test]
    public Task Lazy_and_static_initialisers_are_silent() => VerifyMLK004.Diagnostics("""
        using System;
        class Model
        {
            private static readonly Lazy<Model> s_lazy = new(() => new Model());
            private static Model? s_eager;
            static Model() { if (s_eager == null) s_eager = new Model(); }
            public static Model Instance => s_lazy.Value;
        }
        """);

    [Test]
    public Task Fix_creates_the_instance_under_a_new_gate() => VerifyMLK004.Fix<MLK004UnsynchronisedLazyInitCodeFix>("""
        using System;

        class ModelLoader<TModel> where TModel : class
        {
            private readonly Func<TModel> _load;
            private volatile TModel? _model;

            public ModelLoader(Func<TModel> load) { _load = load; }

            public TModel Get()
            {
                if (_model is null)
                {
                    {|MLK004:_model = _load()|};
                }

                return _model;
            }
        }
        """, """
        using System;

        class ModelLoader<TModel> where TModel : class
        {
            private readonly object _gate = new();
            private readonly Func<TModel> _load;
            private volatile TModel? _model;

            public ModelLoader(Func<TModel> load) { _load = load; }

            public TModel Get()
            {
                lock (_gate)
                {
                    if (_model is null)
                    {
                        _model = _load();
                    }
                }

                return _model;
            }
        }
        """);

    [Test]
    public Task Fix_for_a_static_coalesce_assignment_uses_a_static_gate() => VerifyMLK004.Fix<MLK004UnsynchronisedLazyInitCodeFix>("""
        class Model
        {
            private static Model? s_instance;

            public static Model Create()
            {
                return {|MLK004:s_instance ??= new Model()|};
            }
        }
        """, """
        class Model
        {
            private static readonly object s_gate = new();
            private static Model? s_instance;

            public static Model Create()
            {
                lock (s_gate)
                {
                    return s_instance ??= new Model();
                }
            }
        }
        """);
}
