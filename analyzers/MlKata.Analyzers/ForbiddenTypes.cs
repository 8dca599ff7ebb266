using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MlKata.Analyzers;

/// <summary>
/// The types a graded submission may not use, and why: whole namespaces (reflection, the
/// network, raw handles) and single types (Marshal, Process, the file types). Matched by
/// namespace and name, so an alias, a <c>global::</c> spelling or a fully qualified name is the
/// same type, and a learner's own class called <c>File</c> is not.
/// </summary>
internal static class ForbiddenTypes
{
    // The most specific namespace first: Emit is inside System.Reflection.
    private static readonly (string Namespace, PolicyReason Reason)[] Namespaces =
    [
        ("System.Reflection.Emit", PolicyReason.UncheckedCode),
        ("System.Reflection", PolicyReason.Reflection),
        ("System.Runtime.Loader", PolicyReason.UncheckedCode),
        ("System.Net", PolicyReason.Network),
        ("System.IO.Pipes", PolicyReason.Network),
        ("System.IO.MemoryMappedFiles", PolicyReason.Network),
        ("Microsoft.Win32.SafeHandles", PolicyReason.Native),
    ];

    // By name without arity: GCHandle covers GCHandle<T> too.
    private static readonly (string Namespace, string Name, PolicyReason Reason)[] Types =
    [
        ("System", "AppDomain", PolicyReason.AppDomain),
        ("System.Runtime.InteropServices", "Marshal", PolicyReason.Native),
        ("System.Runtime.InteropServices", "NativeLibrary", PolicyReason.Native),
        ("System.Runtime.InteropServices", "GCHandle", PolicyReason.Native),
        ("System.Runtime.InteropServices", "DllImportAttribute", PolicyReason.Native),
        ("System.Runtime.InteropServices", "LibraryImportAttribute", PolicyReason.Native),
        ("System.Runtime.InteropServices", "PosixSignalRegistration", PolicyReason.GlobalHooks),
        ("System.Runtime.CompilerServices", "ModuleInitializerAttribute", PolicyReason.ModuleInitializer),
        ("System.Diagnostics", "Process", PolicyReason.ProcessControl),
        ("System.Diagnostics", "ProcessStartInfo", PolicyReason.ProcessControl),
        ("System.IO", "File", PolicyReason.Files),
        ("System.IO", "FileInfo", PolicyReason.Files),
        ("System.IO", "Directory", PolicyReason.Files),
        ("System.IO", "DirectoryInfo", PolicyReason.Files),
        ("System.IO", "FileStream", PolicyReason.Files),
        ("System.IO", "FileSystemWatcher", PolicyReason.Files),
        ("System.IO", "DriveInfo", PolicyReason.Files),
    ];

    /// <summary>
    /// Why <paramref name="type"/> itself is forbidden (a type nested in a forbidden type is
    /// too); null when it is allowed. Its element types and type arguments are not looked at:
    /// where they are written, each is a name of its own.
    /// </summary>
    public static PolicyReason? Reason(ITypeSymbol type)
    {
        switch (type)
        {
            case IDynamicTypeSymbol:
                return PolicyReason.Dynamic;
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return PolicyReason.Unsafe;
        }

        var outermost = type;
        while (outermost.ContainingType is { } containing)
        {
            outermost = containing;
        }

        if (outermost is not INamedTypeSymbol { ContainingNamespace: { IsGlobalNamespace: false } ns } named)
        {
            return null;
        }

        var name = ns.ToDisplayString();
        return Types.FirstOrDefault(t => t.Name == named.Name && t.Namespace == name).Reason ??
               Namespaces.FirstOrDefault(n => IsWithin(name, n.Namespace)).Reason;
    }

    /// <summary>Why <paramref name="type"/> or a type it is built from (element type, type argument) is forbidden; null when none is.</summary>
    public static PolicyReason? ReasonForAnyPart(ITypeSymbol type) => Reason(type) ?? type switch
    {
        IArrayTypeSymbol array => ReasonForAnyPart(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Select(ReasonForAnyPart).FirstOrDefault(r => r is not null),
        _ => null,
    };

    private static bool IsWithin(string ns, string forbidden) =>
        ns.StartsWith(forbidden, StringComparison.Ordinal) && (ns.Length == forbidden.Length || ns[forbidden.Length] == '.');
}
