using NUnit.Framework;
using VerifyMLK012 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK012WallClockIntervalAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK012WallClockIntervalTests
{
    [Test]
    public Task Elapsed_time_between_two_readings_is_flagged() => VerifyMLK012.Diagnostics("""
        using System;
        class Timing
        {
            public double Measure(Action work)
            {
                var start = DateTime.Now;
                work();
                return ({|MLK012:DateTime.Now - start|}).TotalMilliseconds;
            }
            public TimeSpan Again(Action work)
            {
                DateTime start = DateTime.UtcNow;
                work();
                return {|MLK012:DateTime.UtcNow.Subtract(start)|};
            }
        }
        """);

    [Test]
    public Task Token_bucket_refilled_from_the_wall_clock_is_flagged() => VerifyMLK012.Diagnostics("""
        using System;
        class TokenBucket(double capacity, double perSecond)
        {
            private double _tokens = capacity;
            private DateTime _lastRefill = DateTime.UtcNow;
            public bool TryAcquire()
            {
                var now = DateTime.UtcNow;
                var elapsed = ({|MLK012:now - _lastRefill|}).TotalSeconds;
                _tokens = Math.Min(capacity, _tokens + elapsed * perSecond);
                _lastRefill = now;
                if (_tokens < 1) return false;
                _tokens -= 1;
                return true;
            }
        }
        """);

    [Test]
    public Task Reading_passed_to_a_helper_of_the_type_is_followed() => VerifyMLK012.Diagnostics("""
        using System;
        class Limiter
        {
            private DateTimeOffset _last;
            public void Tick() => Refill(DateTimeOffset.UtcNow);
            private void Refill(DateTimeOffset now)
            {
                if ({|MLK012:now - _last|} > TimeSpan.FromSeconds(1)) _last = now;
            }
        }
        """);

    [Test]
    public Task Expiry_computed_from_a_reading_and_a_ttl_is_flagged() => VerifyMLK012.Diagnostics("""
        using System;
        class CachedToken(TimeSpan ttl)
        {
            private string? _token;
            private DateTime _expiresAt;
            public string Get(Func<string> fetch)
            {
                if (_token is null || {|MLK012:DateTime.UtcNow > _expiresAt|})
                {
                    _token = fetch();
                    _expiresAt = DateTime.UtcNow + ttl;
                }
                return _token;
            }
            public bool WaitUntilReady(Func<bool> ready)
            {
                var deadline = DateTime.UtcNow.AddSeconds(5);
                while ({|MLK012:DateTime.UtcNow < deadline|})
                {
                    if (ready()) return true;
                }
                return false;
            }
        }
        """);

    [Test]
    public Task Entry_records_and_tuples_carrying_an_expiry_are_followed() => VerifyMLK012.Diagnostics("""
        using System;
        using System.Collections.Generic;
        record Entry(string Value, DateTimeOffset ExpiresAt);
        class TtlCache
        {
            private readonly Dictionary<string, Entry> _entries = new();
            private readonly Dictionary<string, (double Score, DateTime Expires)> _scores = new();
            public void Put(string key, string value) => _entries[key] = new Entry(value, DateTimeOffset.UtcNow.AddSeconds(30));
            public string? Get(string key) =>
                _entries.TryGetValue(key, out var entry) && {|MLK012:entry.ExpiresAt > DateTimeOffset.UtcNow|} ? entry.Value : null;
            public void PutScore(string key, double score, TimeSpan ttl) => _scores[key] = (score, DateTime.UtcNow.Add(ttl));
            public double? Score(string key)
            {
                if (!_scores.TryGetValue(key, out var hit) || {|MLK012:hit.Expires <= DateTime.UtcNow|}) return null;
                return hit.Score;
            }
        }
        """);

    [Test]
    public Task Entry_class_whose_constructor_stores_the_expiry_is_followed() => VerifyMLK012.Diagnostics("""
        using System;
        using System.Collections.Concurrent;
        class Memo
        {
            private sealed class Slot
            {
                private readonly DateTime _expiresAt;
                public Slot(float[] value, DateTime expiresAt) { Value = value; _expiresAt = expiresAt; }
                public float[] Value { get; }
                public DateTime ExpiresAt => _expiresAt;
                public bool ExpiredAt(DateTime now) => now >= _expiresAt;
            }
            private readonly ConcurrentDictionary<string, Slot> _slots = new();
            public float[] Get(string key, Func<float[]> predict) =>
                _slots.GetOrAdd(key, _ => new Slot(predict(), DateTime.UtcNow.AddMinutes(1))).Value;
            public void Sweep()
            {
                foreach (var key in _slots.Keys)
                {
                    if (_slots.TryGetValue(key, out var slot) && {|MLK012:DateTime.UtcNow >= slot.ExpiresAt|}) _slots.TryRemove(key, out _);
                }
            }
        }
        """);

    [Test]
    public Task Sliding_window_of_timestamps_is_flagged() => VerifyMLK012.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        class SlidingWindowLimiter(int limit, TimeSpan window)
        {
            private readonly Queue<DateTime> _hits = new();
            private readonly List<DateTime> _log = new();
            public bool Allow()
            {
                while (_hits.Count > 0 && {|MLK012:DateTime.UtcNow - _hits.Peek()|} > window) _hits.Dequeue();
                if (_hits.Count >= limit) return false;
                _hits.Enqueue(DateTime.UtcNow);
                return true;
            }
            public int Recent()
            {
                var cutoff = DateTime.UtcNow - window;
                _log.RemoveAll(t => {|MLK012:t < cutoff|});
                _log.Add(DateTime.UtcNow);
                return _log.Count(t => {|MLK012:DateTime.UtcNow - t|} < window);
            }
        }
        """);

    [Test]
    public Task Ticks_and_unix_milliseconds_are_readings_too() => VerifyMLK012.Diagnostics("""
        using System;
        class Throttle
        {
            private long _lastMs;
            public bool Ready()
            {
                var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                if ({|MLK012:now - _lastMs|} < 1000) return false;
                _lastMs = now;
                return true;
            }
            public long Elapsed(Action work)
            {
                long start = DateTime.UtcNow.Ticks;
                work();
                return {|MLK012:DateTime.UtcNow.Ticks - start|};
            }
        }
        """);

    [Test]
    public Task Dates_from_data_compared_with_the_clock_are_silent() => VerifyMLK012.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        record Order(string Id, DateTime PlacedAt);
        class Retention
        {
            private DateTime _loadedAt = DateTime.UtcNow;
            public IEnumerable<Order> Stale(IEnumerable<Order> orders) => orders.Where(o => o.PlacedAt < DateTime.UtcNow.AddDays(-30));
            public int Age(DateTime birthday) => (int)((DateTime.UtcNow - birthday).TotalDays / 365.25);
            public bool Changed(string path) => File.GetLastWriteTimeUtc(path) > _loadedAt;
            public bool IsExpired(DateTime now, DateTime expiresAt) => now > expiresAt;
            public double SinceEpoch() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds;
            public TimeSpan TimeOfDay() => DateTime.Now - DateTime.Today;
        }
        """);

    [Test]
    public Task Readings_stamped_on_entities_the_type_does_not_keep_are_silent() => VerifyMLK012.Diagnostics("""
        using System;
        using System.Collections.Generic;
        class Session { public DateTime StartedAt { get; set; } public DateTime? EndedAt { get; set; } }
        interface ISessions { Session Find(int id); void Save(Session session); }
        class SessionService(ISessions sessions)
        {
            public void Start(int id)
            {
                var session = sessions.Find(id);
                session.StartedAt = DateTime.UtcNow;
                sessions.Save(session);
            }
            public double Minutes(int id) => (DateTime.UtcNow - sessions.Find(id).StartedAt).TotalMinutes;
            public bool Open(int id) => sessions.Find(id).StartedAt > DateTime.UtcNow.AddHours(-1);
        }
        """);

    [Test]
    public Task Ages_and_retention_counted_in_days_are_silent() => VerifyMLK012.Diagnostics("""
        using System;
        class Subscription
        {
            private readonly DateTime _created = DateTime.UtcNow;
            private readonly DateTime _trialEnds = DateTime.UtcNow.AddDays(14);
            private readonly DateTime _graceEnds = DateTime.UtcNow + TimeSpan.FromDays(3);
            public int AgeInDays => (int)(DateTime.UtcNow - _created).TotalDays;
            public bool Old => DateTime.UtcNow - _created > TimeSpan.FromDays(30);
            public bool InTrial => DateTime.UtcNow < _trialEnds;
            public bool InGrace => DateTime.UtcNow < _graceEnds;
        }
        """);

    [Test]
    public Task Stored_logged_and_formatted_readings_and_calendar_parts_are_silent() => VerifyMLK012.Diagnostics("""
        using System;
        class Audit
        {
            private readonly DateTime _created = DateTime.UtcNow;
            private DateTime _day = DateTime.Now.Date;
            private DateTime _renewal = DateTime.UtcNow.AddMonths(1);
            private DateTime _last;
            public string Created => _created.ToString("O");
            public void Log(string message) => Console.WriteLine($"{DateTime.Now:HH:mm:ss} {message}");
            public bool NewDay() => DateTime.Now.Date > _day;
            public int Year() => DateTime.Now.Year - _created.Year;
            public bool Renew() => DateTime.UtcNow > _renewal;
            public bool Same() => DateTime.UtcNow == _last;
            public void Touch() => _last = DateTime.UtcNow;
        }
        """);

    [Test]
    public Task TimeProvider_and_Stopwatch_are_silent() => VerifyMLK012.Diagnostics("""
        using System;
        using System.Diagnostics;
        class Bucket(TimeProvider time)
        {
            private DateTimeOffset _last = time.GetUtcNow();
            private long _started = time.GetTimestamp();
            public double Refill()
            {
                var now = time.GetUtcNow();
                var elapsed = (now - _last).TotalSeconds;
                _last = now;
                Console.WriteLine($"refilled at {DateTime.UtcNow:O}");
                return elapsed;
            }
            public TimeSpan Uptime() => time.GetElapsedTime(_started);
            public long Measure(Action work)
            {
                var watch = Stopwatch.StartNew();
                work();
                var start = Stopwatch.GetTimestamp();
                return watch.ElapsedMilliseconds + (long)Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            public double Spend(double tokens, double cost) => tokens - cost;
        }
        """);
}
