using Microsoft.CodeAnalysis.Testing;
using NUnit.Framework;
using VerifyMLK900 = MlKata.Analyzers.Tests.Verify<MlKata.Analyzers.MLK900SubmissionPolicyAnalyzer>;

namespace MlKata.Analyzers.Tests;

public sealed class MLK900SubmissionPolicyTests
{
    private static readonly string Policy = EditorConfig($"{SubmissionPolicy.EnabledKey} = true");

    private static readonly string PolicyWithTempFiles =
        EditorConfig($"{SubmissionPolicy.EnabledKey} = true", $"{SubmissionPolicy.FilesKey} = {SubmissionPolicy.TempFiles}");

    private const string TypeLookups = """
        public static class Probe
        {
            public static object[] Run(Type t) =>
            [
                {|MLK900:t.GetMethod("Run")|}, {|MLK900:t.GetMethods()|}, {|MLK900:t.GetField("x")|}, {|MLK900:t.GetFields()|},
                {|MLK900:t.GetProperty("x")|}, {|MLK900:t.GetProperties()|}, {|MLK900:t.GetMember("x")|}, {|MLK900:t.GetMembers()|},
                {|MLK900:t.GetConstructor(Type.EmptyTypes)|}, {|MLK900:t.GetConstructors()|}, {|MLK900:t.GetEvent("x")|}, {|MLK900:t.GetEvents()|},
                {|MLK900:t.GetNestedType("x")|}, {|MLK900:t.GetNestedTypes()|}, {|MLK900:t.GetInterface("x")|}, {|MLK900:t.GetInterfaces()|},
                {|MLK900:t.MakeGenericType(typeof(int))|}, {|MLK900:t.Assembly|}, {|MLK900:t.Module|},
                {|MLK900:t.InvokeMember("x", default, null, null, null)|}, {|MLK900:Type.GetType("System.IO.File")|},
                (Func<string, Type>){|MLK900:Type.GetType|},
            ];
        }
        """;

    private const string ReflectionChains = """
        public static class Probe
        {
            public static object Run()
            {
                var methods = {|MLK900:typeof(Probe).GetMethods()|};
                var name = {|MLK900:methods[0].Name|};
                return {|MLK900:typeof(Probe).GetMethod("Run")|}!.Invoke(null, null)!;
            }

            public static object Where(Exception exception) => {|MLK900:exception.TargetSite|}!;
        }
        """;

    private const string ReflectionSpellings = """
        using Info = System.Reflection.MethodInfo;
        using Infos = System.Reflection.MethodInfo[];
        using R = System.Reflection;
        using static System.Reflection.Assembly;

        public static class Probe
        {
            public static bool Is(object value) =>
                value is {|MLK900:System.Reflection.MethodInfo|} || value is not {|MLK900:System.Reflection.FieldInfo|} { {|MLK900:IsStatic|}: true } ||
                value is {|MLK900:System.Reflection.PropertyInfo|}[] { Length: > 0 };

            public static object[] Run()
            {
                {|MLK900:global::System.Reflection.MethodInfo|} method = null;
                {|MLK900:Info|} alias = null;
                {|MLK900:Infos|} aliasOfArray = [];
                return [method, alias, aliasOfArray, typeof({|MLK900:System.Reflection.BindingFlags|}), {|MLK900:System.Reflection.Assembly.GetExecutingAssembly()|},
                        {|MLK900:R.Assembly.GetExecutingAssembly()|}, {|MLK900:GetExecutingAssembly()|}];
            }
        }
        """;

    private const string LateBinding = """
        using System.Linq.Expressions;

        public static class Probe
        {
            public static object[] Run(Action action)
            {
                Expression<Func<int>> expression = () => 1;
                return
                [
                    {|MLK900:Activator.CreateInstance(typeof(Probe))|}, {|MLK900:Activator.CreateInstance("Tests", "Secret")|},
                    {|MLK900:action.DynamicInvoke()|}, {|MLK900:action.Method|}, {|MLK900:action.Target|},
                    {|MLK900:expression.Compile()|}, {|MLK900:((LambdaExpression)expression).Compile()|},
                ];
            }
        }
        """;

    private const string LoadingAndEmit = """
        public static class Probe
        {
            public static object[] Run() =>
            [
                {|MLK900:AppDomain.CurrentDomain|}.GetAssemblies(),
                {|MLK900:System.Runtime.Loader.AssemblyLoadContext.Default|}.LoadFromAssemblyPath("/tmp/x.dll"),
                new {|MLK900:System.Reflection.Emit.DynamicMethod|}("m", typeof(void), Type.EmptyTypes),
            ];
        }
        """;

    private const string Dynamic = """
        public static class Probe
        {
            public static object Run(object value)
            {
                {|MLK900:dynamic|} late = value;
                var list = new List<{|MLK900:dynamic|}> { ({|MLK900:dynamic|})value };
                return (late, list, list[0]); // the indexer's dynamic is the List<dynamic> already flagged
            }
        }
        """;

    private const string UnsafeCode = """
        using System.Runtime.InteropServices;
        using unsafe Pointer = int*;

        public static class Probe
        {
            private {|MLK900:unsafe|} struct Buffer
            {
                public {|MLK900:fixed|} int Items[4];
            }

            public static {|MLK900:unsafe|} int Read({|MLK900:int**|} p, {|MLK900:Pointer|} q) => **p + *q;

            public static {|MLK900:unsafe|} void Call({|MLK900:delegate*<int*, void>|} f, {|MLK900:int*|} p) => f(p);

            public static int First(int[] values)
            {
                {|MLK900:unsafe|}
                {
                    {|MLK900:fixed|} ({|MLK900:int*|} p = values)
                    {
                        return *p;
                    }
                }
            }

            [{|MLK900:DllImport("libc")|}]
            private static {|MLK900:extern|} int getpid();

            [{|MLK900:LibraryImport("libc")|}]
            private static {|MLK900:extern|} int getppid();

            public static void Native(object o, {|MLK900:Microsoft.Win32.SafeHandles.SafeFileHandle|} handle)
            {
                var memory = {|MLK900:Marshal.AllocHGlobal(8)|};
                var library = {|MLK900:NativeLibrary.Load("libc")|};
                var pinned = {|MLK900:GCHandle.Alloc(o)|};
            }
        }
        """;

    private const string StartupCode = """
        using System.Runtime.CompilerServices;

        [assembly: {|MLK900:InternalsVisibleTo("Tests")|}]
        [assembly: {|MLK900:System.Reflection.AssemblyMetadata("a", "b")|}]
        [module: {|MLK900:SkipLocalsInit|}]

        public static class Probe
        {
            [{|MLK900:ModuleInitializer|}]
            internal static void Init()
            {
            }
        }
        """;

    private const string ProcessAndStreams = """
        using System.Diagnostics;

        public static class Probe
        {
            public static void Run()
            {
                {|MLK900:Process.Start("sh")|};
                var info = new {|MLK900:ProcessStartInfo|}("sh");
                {|MLK900:Environment.Exit(1)|};
                {|MLK900:Environment.FailFast("x")|};
                {|MLK900:Environment.SetEnvironmentVariable("MLKATA_SEED", "0")|};
                var blank = {|MLK900:System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(Probe))|};
                var streams = new[] { {|MLK900:Console.OpenStandardOutput()|}, {|MLK900:Console.OpenStandardError()|}, {|MLK900:Console.OpenStandardInput()|} };
                {|MLK900:Console.SetOut(TextWriter.Null)|};
                {|MLK900:Console.SetError(TextWriter.Null)|};
                {|MLK900:Console.SetIn(TextReader.Null)|};
            }
        }
        """;

    private const string GlobalHooks = """
        using System.Runtime.InteropServices;

        public static class Probe
        {
            public static void Run()
            {
                {|MLK900:TaskScheduler.UnobservedTaskException|} += (_, e) => e.SetObserved();
                {|MLK900:Console.CancelKeyPress|} += (_, e) => e.Cancel = true;
                {|MLK900:AppDomain.CurrentDomain|}.UnhandledException += (_, _) => { };
                {|MLK900:PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => c.Cancel = true)|};
            }
        }
        """;

    private const string NetworkAndIpc = """
        public static class Probe
        {
            public static object[] Run() =>
            [
                new {|MLK900:HttpClient|}(),
                {|MLK900:System.Net.Dns.GetHostName()|},
                new {|MLK900:System.IO.Pipes.NamedPipeClientStream|}("x"),
                {|MLK900:System.IO.MemoryMappedFiles.MemoryMappedFile.CreateNew("m", 16)|},
            ];

            // The collection initializer's implicit Add is no breach of its own.
            public static object Jar({|MLK900:System.Net.Cookie|} cookie) => new {|MLK900:System.Net.CookieCollection|} { cookie };
        }
        """;

    private const string Files = """
        public static class Probe
        {
            public static void Run(string path)
            {
                {|MLK900:File.WriteAllText(path, "x")|};
                var file = new {|MLK900:FileInfo|}(path);
                {|MLK900:Directory.CreateDirectory(path)|};
                var folder = new {|MLK900:DirectoryInfo|}(path);
                using var stream = new {|MLK900:FileStream|}(path, FileMode.Create);
                using var watcher = new {|MLK900:FileSystemWatcher|}(path);
                var drives = {|MLK900:DriveInfo.GetDrives()|};
                using var reader = {|MLK900:new StreamReader(path)|};
                using var writer = {|MLK900:new StreamWriter(path)|};
            }
        }
        """;

    private static IEnumerable<TestCaseData> Breaches() =>
        new Dictionary<string, string>
        {
            ["type lookups"] = TypeLookups,
            ["reflection chains"] = ReflectionChains,
            ["reflection spellings"] = ReflectionSpellings,
            ["late binding"] = LateBinding,
            ["loading and emit"] = LoadingAndEmit,
            ["dynamic"] = Dynamic,
            ["unsafe code"] = UnsafeCode,
            ["startup code"] = StartupCode,
            ["process and streams"] = ProcessAndStreams,
            ["global hooks"] = GlobalHooks,
            ["network and IPC"] = NetworkAndIpc,
            ["files"] = Files,
        }.Select(c => new TestCaseData(c.Value).SetArgDisplayNames(c.Key));

    [TestCaseSource(nameof(Breaches))]
    public Task Each_breach_is_flagged_once_where_it_is_written(string source) => Run(Policy, source);

    [TestCaseSource(nameof(Breaches))]
    public Task The_same_code_is_silent_without_the_opt_in(string source) =>
        Run(EditorConfig("indent_size = 4"), Markup.Remove(source));

    [TestCaseSource(nameof(Breaches))]
    public Task The_same_code_is_silent_when_the_policy_is_off(string source) =>
        Run(EditorConfig($"{SubmissionPolicy.EnabledKey} = false"), Markup.Remove(source));

    [Test]
    public Task The_policy_applies_per_file() => VerifyMLK900.Diagnostics(
        "root = true\n\n[Test0.cs]\n" + $"{SubmissionPolicy.EnabledKey} = true\n",
        [NetworkAndIpc, Markup.Remove(NetworkAndIpc).Replace("class Probe", "class Unmarked", StringComparison.Ordinal), KataCode.ImplicitUsings]);

    [Test]
    public Task Messages_name_the_construct_and_say_why() => VerifyMLK900.Diagnostics(Policy,
        [
            """
            using System.Runtime.InteropServices;

            public static class Probe
            {
                public static {|#0:unsafe|} void Run({|#1:System.Net.Http.HttpClient|} client) => {|#2:Marshal.AllocHGlobal(8)|};
            }
            """,
            KataCode.ImplicitUsings,
        ],
        Expected(0, "'unsafe' is not allowed in a graded submission: unsafe code can write over the test framework's memory"),
        Expected(1, "'HttpClient' is not allowed in a graded submission: a submission may not talk to the network or other processes"),
        Expected(2, "'Marshal.AllocHGlobal' is not allowed in a graded submission: native code and raw handles escape the runtime's checks"));

    [Test]
    public Task Temp_files_allow_the_file_apis() => Run(PolicyWithTempFiles, Markup.Remove(Files));

    [Test]
    public Task Temp_files_still_forbid_raw_handles() => Run(PolicyWithTempFiles, """
        public static class Probe
        {
            public static object Run(string path)
            {
                using var stream = File.OpenWrite(Path.Combine(Path.GetTempPath(), path));
                return {|MLK900:stream.SafeFileHandle|};
            }
        }
        """);

    [TestCase("tiled-matmul")]
    [TestCase("pairwise-distances")]
    [TestCase("dense-relu-layer")]
    public Task The_SIMD_references_are_silent(string kata)
    {
        var solution = Path.Combine(KataCode.Katas, kata, "solution");
        var sources = Directory.EnumerateFiles(solution, "*.cs").Select(File.ReadAllText).Append(KataCode.ImplicitUsings);

        return VerifyMLK900.Diagnostics(Policy, sources);
    }

    [Test]
    public Task Ordinary_code_is_silent() => Run(Policy, """
        using System.Diagnostics;
        using System.Linq.Expressions;
        using System.Reflection;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        using System.Runtime.Intrinsics;

        /// <summary>Mentions <see cref="MethodInfo"/> and <see cref="Marshal"/> only in a comment.</summary>
        public sealed class Probe<T>
            where T : new()
        {
            private readonly Lock _gate = new();
            private int _count;

            public string Describe(object value) =>
                $"{value.GetType().Name} {typeof(T).FullName} {typeof(T).IsValueType} {nameof(Marshal)} {nameof(Console.SetOut)} {nameof(AppDomain.CurrentDomain)} {nameof(Console.CancelKeyPress)} {nameof(Environment.Exit)}";

            public T Create() => Activator.CreateInstance<T>();

            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public float Sum(float[] values)
            {
                ref var first = ref MemoryMarshal.GetArrayDataReference(values);
                var span = MemoryMarshal.CreateSpan(ref first, values.Length);
                Span<float> scratch = stackalloc float[16];
                var lanes = Vector512.Create(span[0]) + Vector512.LoadUnsafe(ref first);
                return Unsafe.Add(ref first, 1) + scratch[0] + Vector512.Sum(lanes);
            }

            public void Work()
            {
                lock (_gate)
                {
                    _count++;
                }

                Interlocked.Increment(ref _count);
                var thread = new Thread(() => Console.WriteLine(Path.Combine("a", "b")));
                thread.Start();
                thread.Join();
                Task.Run(() => { }).Wait();
                Parallel.For(0, 4, _ => { });
                Func<int> next = () => _count;
                Console.WriteLine(next() + next.Invoke());
                using var reader = new StreamReader(new MemoryStream());
                using var writer = new StreamWriter(new MemoryStream());
                writer.Write(reader.ReadToEnd());
                var watch = Stopwatch.StartNew();
                Console.Error.WriteLine($"{watch.Elapsed} on {Environment.ProcessorCount} cores");
                Expression<Func<int>> expression = () => 1;
                Console.Out.WriteLine(expression.Body + Directory.Describe());
            }
        }

        // The learner's own Directory is not System.IO's.
        internal static class Directory
        {
            public static string Describe() => "mine";
        }
        """);

    private static Task Run(string editorConfig, string source) => VerifyMLK900.Diagnostics(editorConfig, [source, KataCode.ImplicitUsings]);

    private static DiagnosticResult Expected(int location, string message) =>
        new DiagnosticResult(Rules.NotAllowedInSubmission).WithLocation(location).WithMessage(message);

    private static string EditorConfig(params string[] settings) => $"root = true\n\n[*.cs]\n{string.Join("\n", settings)}\n";
}
