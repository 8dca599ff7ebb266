using Microsoft.CodeAnalysis;

namespace MlKata.Analyzers;

/// <summary>The framework types the rules look for, resolved once per compilation.</summary>
internal sealed class KnownTypes
{
    private KnownTypes(Compilation compilation)
    {
        List = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
        LinkedList = compilation.GetTypeByMetadataName("System.Collections.Generic.LinkedList`1");
        LinkedListNode = compilation.GetTypeByMetadataName("System.Collections.Generic.LinkedListNode`1");
        Dictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2");
        HashSet = compilation.GetTypeByMetadataName("System.Collections.Generic.HashSet`1");
        IDictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.IDictionary`2");
        IReadOnlyDictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyDictionary`2");
        KeyValuePair = compilation.GetTypeByMetadataName("System.Collections.Generic.KeyValuePair`2");
        Array = compilation.GetSpecialType(SpecialType.System_Array);
        Math = compilation.GetTypeByMetadataName("System.Math");
        Random = compilation.GetTypeByMetadataName("System.Random");
        Guid = compilation.GetTypeByMetadataName("System.Guid");
        Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
        Interlocked = compilation.GetTypeByMetadataName("System.Threading.Interlocked");
        Volatile = compilation.GetTypeByMetadataName("System.Threading.Volatile");
        Monitor = compilation.GetTypeByMetadataName("System.Threading.Monitor");
        Lock = compilation.GetTypeByMetadataName("System.Threading.Lock");
        SemaphoreSlim = compilation.GetTypeByMetadataName("System.Threading.SemaphoreSlim");
        ReaderWriterLockSlim = compilation.GetTypeByMetadataName("System.Threading.ReaderWriterLockSlim");
    }

    public INamedTypeSymbol? List { get; }

    public INamedTypeSymbol? LinkedList { get; }

    public INamedTypeSymbol? LinkedListNode { get; }

    public INamedTypeSymbol? Dictionary { get; }

    public INamedTypeSymbol? HashSet { get; }

    public INamedTypeSymbol? IDictionary { get; }

    public INamedTypeSymbol? IReadOnlyDictionary { get; }

    public INamedTypeSymbol? KeyValuePair { get; }

    public INamedTypeSymbol Array { get; }

    public INamedTypeSymbol? Math { get; }

    public INamedTypeSymbol? Random { get; }

    public INamedTypeSymbol? Guid { get; }

    public INamedTypeSymbol? Enumerable { get; }

    public INamedTypeSymbol? Interlocked { get; }

    public INamedTypeSymbol? Volatile { get; }

    public INamedTypeSymbol? Monitor { get; }

    public INamedTypeSymbol? Lock { get; }

    public INamedTypeSymbol? SemaphoreSlim { get; }

    public INamedTypeSymbol? ReaderWriterLockSlim { get; }

    public static KnownTypes From(Compilation compilation) => new(compilation);

    /// <summary>Types whose use shows that a class expects to be called from several threads.</summary>
    public bool IsSynchronisationType(ITypeSymbol? type) =>
        type is not null && (Is(type, Interlocked) || Is(type, Volatile) || Is(type, Monitor) || Is(type, Lock) ||
                             Is(type, SemaphoreSlim) || Is(type, ReaderWriterLockSlim));

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, known);
}
