using MlKata.Analyzers.CodeFixes;
using NUnit.Framework;
using VerifyMLK019 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK019DoubleCheckedLockWithoutVolatileAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK019DoubleCheckedLockWithoutVolatileTests
{
    [Test]
    public Task Classic_double_checked_lock_on_a_plain_static_field_is_flagged() => VerifyMLK019.Diagnostics("""
        class Model
        {
            private static readonly object s_gate = new();
            private static Model? s_instance;
            public static Model Instance
            {
                get
                {
                    if ({|MLK019:s_instance|} is null)
                    {
                        lock (s_gate)
                        {
                            if (s_instance is null) s_instance = new Model();
                        }
                    }
                    return s_instance;
                }
            }
        }
        """);

    [Test]
    public Task Early_return_with_equality_operators_is_flagged() => VerifyMLK019.Diagnostics("""
        class Registry
        {
            private readonly object _gate = new();
            private Registry? _child;
            public Registry Child()
            {
                if ({|MLK019:_child|} != null) return _child;
                lock (_gate)
                {
                    if (_child == null) _child = new Registry();
                    return _child;
                }
            }
        }
        """);

    [Test]
    public Task Local_copy_checked_before_a_System_Threading_Lock_is_flagged() => VerifyMLK019.Diagnostics("""
        using System;
        using System.Threading;
        sealed class ModelLoader<TModel> where TModel : class
        {
            private readonly Func<TModel> _load;
            private readonly Lock _gate = new();
            private TModel? _model;
            public ModelLoader(Func<TModel> load) { _load = load; }
            public bool IsLoaded => _model is not null;
            public TModel Get()
            {
                var model = {|MLK019:_model|};
                if (model is not null)
                {
                    return model;
                }

                lock (_gate)
                {
                    model = _model;
                    if (model is null)
                    {
                        model = _load();
                        _model = model;
                    }

                    return model;
                }
            }
        }
        """);

    [Test]
    public Task Property_pattern_check_with_coalesce_assignment_under_the_lock_is_flagged() => VerifyMLK019.Diagnostics("""
        using System;
        sealed class Cache
        {
            private readonly object _gate = new();
            private string[]? _vocabulary;
            public string[] Vocabulary()
            {
                if ({|MLK019:_vocabulary|} is { } vocabulary) return vocabulary;
                lock (_gate) { return _vocabulary ??= new[] { "a" }; }
            }
        }
        """);

    [Test]
    public Task Monitor_enter_and_exit_and_EnterScope_count_as_the_lock() => VerifyMLK019.Diagnostics("""
        using System.Threading;
        sealed class Both
        {
            private readonly object _monitor = new();
            private readonly Lock _gate = new();
            private object? _first;
            private object? _second;
            public object First()
            {
                if ({|MLK019:_first|} is null)
                {
                    Monitor.Enter(_monitor);
                    try { if (_first is null) _first = new object(); }
                    finally { Monitor.Exit(_monitor); }
                }
                return _first;
            }
            public object Second()
            {
                if ({|MLK019:_second|} is null)
                {
                    using (_gate.EnterScope())
                    {
                        _second ??= new object();
                    }
                }
                return _second;
            }
        }
        """);

    [Test]
    public Task Volatile_field_is_silent() => VerifyMLK019.Diagnostics("""
        sealed class Model
        {
            private static readonly object s_gate = new();
            private static volatile Model? s_instance;
            public static Model Instance
            {
                get
                {
                    if (s_instance is null)
                    {
                        lock (s_gate) { if (s_instance is null) s_instance = new Model(); }
                    }
                    return s_instance;
                }
            }
        }
        """);

    [Test]
    public Task Volatile_read_on_the_fast_path_with_Volatile_write_publication_is_silent() => VerifyMLK019.Diagnostics("""
        using System;
        using System.Threading;
        sealed class ModelLoader<TModel> where TModel : class
        {
            private readonly Func<TModel> _load;
            private readonly Lock _gate = new();
            private TModel? _model;
            public ModelLoader(Func<TModel> load) { _load = load; }
            public TModel Get()
            {
                var model = Volatile.Read(ref _model);
                if (model is not null) return model;
                lock (_gate)
                {
                    model = _model;
                    if (model is null)
                    {
                        model = _load();
                        Volatile.Write(ref _model, model);
                    }
                    return model;
                }
            }
        }
        """);

    [Test]
    public Task Plain_fast_path_read_of_a_field_published_with_Volatile_Write_is_silent() => VerifyMLK019.Diagnostics("""
        using System.Threading;
        sealed class Model
        {
            private static readonly object s_gate = new();
            private static Model? s_instance;
            public static Model Instance()
            {
                if (s_instance is null)
                {
                    lock (s_gate) { if (s_instance is null) Volatile.Write(ref s_instance, new Model()); }
                }
                return s_instance;
            }
        }
        """);

    [Test]
    public Task Interlocked_compare_exchange_publication_is_silent() => VerifyMLK019.Diagnostics("""
        using System.Threading;
        sealed class Pool
        {
            private readonly object _gate = new();
            private byte[]? _buffer;
            public byte[] Buffer()
            {
                if (_buffer is null)
                {
                    lock (_gate)
                    {
                        if (_buffer is null) Interlocked.CompareExchange(ref _buffer, new byte[64], null);
                    }
                }
                return _buffer;
            }
        }
        """);

    [Test]
    public Task Lazy_a_lock_on_every_call_and_a_single_check_under_a_lock_are_silent() => VerifyMLK019.Diagnostics("""
        using System;
        sealed class Models
        {
            private static readonly Lazy<Models> s_lazy = new(() => new Models());
            private readonly object _gate = new();
            private object? _every;
            private object? _single;
            public static Models Instance => s_lazy.Value;
            public object Every()
            {
                lock (_gate)
                {
                    if (_every is null) _every = new object();
                    return _every;
                }
            }
            public object Single()
            {
                lock (_gate) { return _single ??= new object(); }
            }
        }
        """);

    [Test]
    public Task Double_checked_local_is_silent() => VerifyMLK019.Diagnostics("""
        sealed class Worker
        {
            private readonly object _gate = new();
            public object Run()
            {
                object? result = null;
                if (result is null)
                {
                    lock (_gate) { if (result is null) result = new object(); }
                }
                return result;
            }
        }
        """);

    [Test]
    public Task Ordinary_reads_outside_a_lock_are_silent() => VerifyMLK019.Diagnostics("""
        using System;
        using System.Collections.Generic;
        sealed class Batcher
        {
            private readonly object _gate = new();
            private List<int>? _pending;
            private string? _name;
            public int Count => _pending?.Count ?? 0;
            public void Add(int item)
            {
                if (_name is null) throw new InvalidOperationException("unnamed");
                if (_pending != null) Console.WriteLine(_pending.Count);
                lock (_gate)
                {
                    if (_pending is null) _pending = new List<int>();
                    _pending.Add(item);
                }
            }
            public void Rename(string name)
            {
                if (_name is not null) return;
                lock (_gate) { _name = name; }
            }
        }
        """);

    [Test]
    public Task Fix_makes_the_field_volatile() => VerifyMLK019.Fix<MLK019DoubleCheckedLockWithoutVolatileCodeFix>("""
        using System.Threading;

        sealed class Model
        {
            private readonly Lock _gate = new();
            private static readonly object s_gate = new();
            private Model? _child;
            private static Model? s_instance;

            public Model Child()
            {
                var child = {|MLK019:_child|};
                if (child is not null) return child;
                lock (_gate) { return _child ??= new Model(); }
            }

            public static Model Instance()
            {
                if ({|MLK019:s_instance|} is null)
                {
                    lock (s_gate) { if (s_instance is null) s_instance = new Model(); }
                }

                return s_instance;
            }
        }
        """, """
        using System.Threading;

        sealed class Model
        {
            private readonly Lock _gate = new();
            private static readonly object s_gate = new();
            private volatile Model? _child;
            private static volatile Model? s_instance;

            public Model Child()
            {
                var child = _child;
                if (child is not null) return child;
                lock (_gate) { return _child ??= new Model(); }
            }

            public static Model Instance()
            {
                if (s_instance is null)
                {
                    lock (s_gate) { if (s_instance is null) s_instance = new Model(); }
                }

                return s_instance;
            }
        }
        """);

    [Test]
    public Task Fix_puts_volatile_first_on_a_field_without_modifiers() => VerifyMLK019.Fix<MLK019DoubleCheckedLockWithoutVolatileCodeFix>("""
        sealed class Model
        {
            private readonly object _gate = new();
            // the one instance
            Model? _child;

            public Model Child()
            {
                if ({|MLK019:_child|} is null)
                {
                    lock (_gate) { if (_child is null) _child = new Model(); }
                }

                return _child;
            }
        }
        """, """
        sealed class Model
        {
            private readonly object _gate = new();
            // the one instance
            volatile Model? _child;

            public Model Child()
            {
                if (_child is null)
                {
                    lock (_gate) { if (_child is null) _child = new Model(); }
                }

                return _child;
            }
        }
        """);
}
