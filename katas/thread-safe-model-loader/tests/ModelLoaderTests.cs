using MlKata.Testing;
using NUnit.Framework;

namespace Katas.ThreadSafeModelLoader.Tests;

public sealed class ModelLoaderTests
{
    private const int ConcurrentCallers = 64;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Test, Task(1), Points(1)]
    public void Constructor_rejects_a_null_load_function()
    {
        Assert.Throws<ArgumentNullException>(() => new ModelLoader<Model>(null!));
    }

    [Test, Task(1), Points(1)]
    public void Nothing_is_loaded_until_the_first_Get()
    {
        var loads = 0;
        var loader = new ModelLoader<Model>(() => new Model(Interlocked.Increment(ref loads)));

        Assert.Multiple(() =>
        {
            Assert.That(loader.IsLoaded, Is.False, "IsLoaded before any Get");
            Assert.That(loads, Is.Zero, "load must not run in the constructor");
        });
    }

    [Test, Task(1), Points(2)]
    public void Get_loads_once_and_returns_the_same_instance_every_time()
    {
        var loads = 0;
        var loader = new ModelLoader<Model>(() => new Model(Interlocked.Increment(ref loads)));

        var first = loader.Get();
        var second = loader.Get();

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first), "every Get returns the one loaded instance");
            Assert.That(loads, Is.EqualTo(1), "load calls");
            Assert.That(loader.IsLoaded, Is.True, "IsLoaded after Get");
        });
    }

    [Test, Task(1), Points(2)]
    public void IsLoaded_stays_false_while_the_model_is_still_being_loaded()
    {
        ModelLoader<Model>? loader = null;
        bool? loadedDuringLoad = null;
        loader = new ModelLoader<Model>(() =>
        {
            loadedDuringLoad = loader!.IsLoaded;
            return new Model(1);
        });

        loader.Get();

        Assert.That(loadedDuringLoad, Is.False, "IsLoaded was true before load had returned a model");
    }

    [Test, Task(2), Points(2)]
    public void A_failed_load_reaches_the_caller_and_the_next_Get_tries_again()
    {
        var loads = 0;
        var loader = new ModelLoader<Model>(() =>
            Interlocked.Increment(ref loads) == 1
                ? throw new IOException("model file is locked")
                : new Model(loads));

        var error = Assert.Throws<IOException>(() => loader.Get(), "the first Get should see load's exception");
        Assert.That(error!.Message, Is.EqualTo("model file is locked"));
        Assert.That(loader.IsLoaded, Is.False, "IsLoaded after a failed load");

        Model? model = null;
        Assert.DoesNotThrow(() => model = loader.Get(), "a failed load must not be cached: the next Get retries");
        Assert.Multiple(() =>
        {
            Assert.That(model, Is.Not.Null);
            Assert.That(loads, Is.EqualTo(2), "load calls: one failure, one retry");
            Assert.That(loader.IsLoaded, Is.True, "IsLoaded after the retry");
        });
    }

    [Test, Task(2), Points(1)]
    public void A_load_that_returns_null_fails_like_one_that_throws_and_the_next_Get_tries_again()
    {
        var loads = 0;
        var loader = new ModelLoader<Model>(() => Interlocked.Increment(ref loads) == 1 ? null! : new Model(loads));

        Assert.Throws<InvalidOperationException>(() => loader.Get(), "a null from load is no model to hand out");
        Assert.That(loader.IsLoaded, Is.False, "IsLoaded after load returned null");

        Assert.Multiple(() =>
        {
            Assert.That(loader.Get(), Is.Not.Null, "the next Get loads again");
            Assert.That(loads, Is.EqualTo(2), "load calls: one null, one retry");
        });
    }

    [Test, Task(3), Points(3)]
    public void Sixty_four_concurrent_first_callers_share_one_load()
    {
        var loads = 0;
        var loader = new ModelLoader<Model>(() =>
        {
            var id = Interlocked.Increment(ref loads);
            Thread.Sleep(100); // a slow load widens the window a missing lock leaves open
            return new Model(id);
        });

        var results = RunConcurrently(ConcurrentCallers, loader.Get);

        Assert.Multiple(() =>
        {
            Assert.That(loads, Is.EqualTo(1), $"load ran {loads} times for {ConcurrentCallers} concurrent callers");
            Assert.That(results.Select(r => r.Model).Distinct(), Has.Exactly(1).Items, "every caller gets the same instance");
            Assert.That(results.Select(r => r.Error), Is.All.Null, "no caller should fail");
        });
    }

    [Test, Task(3), Points(2)]
    public void Concurrent_callers_during_a_failing_load_see_an_error_or_the_one_model_never_null()
    {
        var loads = 0;
        var loader = new ModelLoader<Model>(() =>
        {
            var call = Interlocked.Increment(ref loads);
            Thread.Sleep(100);
            return call == 1 ? throw new IOException("transient") : new Model(call);
        });

        var results = RunConcurrently(16, loader.Get);

        var models = results.Where(r => r.Error is null).Select(r => r.Model).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results.Count(r => r.Error is IOException), Is.GreaterThanOrEqualTo(1), "the caller of the failed load sees its exception");
            Assert.That(results.Select(r => r.Error).OfType<Exception>(), Is.All.InstanceOf<IOException>(), "no other kind of error");
            Assert.That(models, Is.All.Not.Null, "no caller may get null");
            Assert.That(models.Distinct().ToList(), Has.Count.LessThanOrEqualTo(1), "callers that succeed share one instance");
            Assert.That(loads, Is.LessThanOrEqualTo(2), "at most the failed load and one retry");
        });

        Assert.That(loader.Get(), Is.Not.Null, "after the failure a Get succeeds");
    }

    private static IReadOnlyList<(Model? Model, Exception? Error)> RunConcurrently(int callers, Func<Model> call)
    {
        var results = new (Model?, Exception?)[callers];
        using var start = new Barrier(callers);
        var threads = Enumerable.Range(0, callers).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                results[i] = (call(), null);
            }
            catch (Exception e)
            {
                results[i] = (null, e);
            }
        })
        { IsBackground = true }).ToList();

        threads.ForEach(t => t.Start());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var thread in threads)
        {
            var left = Deadline - clock.Elapsed;
            if (!thread.Join(left > TimeSpan.Zero ? left : TimeSpan.Zero))
            {
                Assert.Fail($"callers were still blocked after {Deadline.TotalSeconds} s: a deadlock?");
            }
        }

        return results;
    }

    /// <summary>A stand-in for a loaded model; Id tells loads apart.</summary>
    public sealed class Model(int id)
    {
        public int Id { get; } = id;
    }
}
