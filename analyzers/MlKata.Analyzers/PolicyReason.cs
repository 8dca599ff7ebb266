namespace MlKata.Analyzers;

/// <summary>Why the submission policy forbids a construct, in the few words MLK900's message ends with.</summary>
internal sealed class PolicyReason
{
    private PolicyReason(string text) => Text = text;

    public string Text { get; }

    public static PolicyReason Reflection { get; } = new("reflection can reach the test framework");

    public static PolicyReason UncheckedCode { get; } = new("it runs code the policy never checked");

    public static PolicyReason Dynamic { get; } = new("dynamic binding reaches members the compiler never checked");

    public static PolicyReason Unsafe { get; } = new("unsafe code can write over the test framework's memory");

    public static PolicyReason Native { get; } = new("native code and raw handles escape the runtime's checks");

    public static PolicyReason ModuleInitializer { get; } = new("it runs before any test does");

    public static PolicyReason AssemblyAttribute { get; } = new("assembly and module attributes change how the grader loads the submission");

    public static PolicyReason ProcessControl { get; } = new("it can end the test run or start other programs");

    public static PolicyReason Environment { get; } = new("the grader passes its settings, the grading seed among them, through the environment");

    public static PolicyReason RawStreams { get; } = new("raw console streams can forge the test output");

    public static PolicyReason AppDomain { get; } = new("the app domain reaches every assembly of the test process");

    public static PolicyReason GlobalHooks { get; } = new("global hooks reach the whole test process");

    public static PolicyReason Network { get; } = new("a submission may not talk to the network or other processes");

    public static PolicyReason Files { get; } = new("this kata does not allow files");
}
