namespace MlKata.Core.Mutation;

/// <summary>One mutation run of a kata: the kernel spans it left alone, the report, and how long it took.</summary>
public sealed record MutationOutcome(IReadOnlyList<KernelSpan> ExcludedKernels, MutationReport Report, TimeSpan Elapsed);
