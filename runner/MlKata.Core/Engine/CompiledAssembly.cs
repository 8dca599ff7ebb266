namespace MlKata.Core.Engine;

/// <summary>An assembly compiled in memory: its name, image and portable PDB (file and line in stack traces).</summary>
public sealed record CompiledAssembly(string Name, byte[] Image, byte[]? Symbols);
