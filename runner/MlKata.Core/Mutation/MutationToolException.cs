namespace MlKata.Core.Mutation;

/// <summary>The mutation tooling failed (restore, build, Stryker): not a verdict on the kata's tests.</summary>
public sealed class MutationToolException(string message) : Exception(message);
