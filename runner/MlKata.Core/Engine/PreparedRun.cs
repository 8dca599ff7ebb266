using MlKata.Core.Catalog;

namespace MlKata.Core.Engine;

/// <summary>
/// A submission compiled, analyzed and admitted, ready for its tests to run: all a worker needs,
/// so the worker never compiles and never reads the catalog.
/// </summary>
/// <param name="Manifest">The kata's manifest: its points, time limit and graded rules.</param>
/// <param name="Learner">The learner's assembly.</param>
/// <param name="Tests">The canonical tests over it.</param>
/// <param name="Diagnostics">Compiler and analyzer diagnostics on the learner's files.</param>
public sealed record PreparedRun(KataManifest Manifest, CompiledAssembly Learner, CompiledAssembly Tests, IReadOnlyList<BuildDiagnostic> Diagnostics);
