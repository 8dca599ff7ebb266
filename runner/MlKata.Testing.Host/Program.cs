using System.Reflection;
using System.Runtime.Loader;
using System.Text;

// mlkata-child <tests assembly> <type> <method>: writes what the static method returns to stdout.
if (args is not [var assemblyPath, var typeName, var methodName])
{
    Console.Error.WriteLine("usage: dotnet exec mlkata-child.dll <tests assembly> <type> <static method>");
    return 2;
}

// The tests' dependencies sit beside them (a test project's output) or beside this program (a
// worker, whose kit and NUnit live where it does while the tests are images it wrote to a temp folder).
string[] folders = [Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!, AppContext.BaseDirectory];
AssemblyLoadContext.Default.Resolving += (context, name) =>
    folders.Select(folder => Path.Combine(folder, name.Name + ".dll")).Where(File.Exists).Select(context.LoadFromAssemblyPath).FirstOrDefault();

// Whatever the method prints goes to stderr: stdout carries its result alone.
using var result = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
Console.SetOut(Console.Error);
try
{
    var method = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath))
        .GetType(typeName, throwOnError: true)!
        .GetMethod(methodName, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
        ?? throw new MissingMethodException(typeName, methodName);
    result.Write((string?)method.Invoke(null, null));
    return 0;
}
catch (Exception e)
{
    Console.Error.WriteLine(e is TargetInvocationException { InnerException: { } thrown } ? thrown : e);
    return 1;
}
