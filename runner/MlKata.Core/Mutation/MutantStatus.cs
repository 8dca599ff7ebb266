namespace MlKata.Core.Mutation;

/// <summary>What became of one mutant: the statuses of the mutation-testing-elements schema.</summary>
public enum MutantStatus
{
    /// <summary>A test failed: the tests caught it.</summary>
    Killed,

    /// <summary>The tests ran past the time limit: counted as caught (most such mutants loop forever).</summary>
    Timeout,

    /// <summary>Every test passed: the tests missed it.</summary>
    Survived,

    /// <summary>No test ran the mutated code: the tests missed it.</summary>
    NoCoverage,

    /// <summary>The mutant did not compile: not a valid mutant.</summary>
    CompileError,

    /// <summary>The test run crashed for a reason other than a failing test: not a valid mutant.</summary>
    RuntimeError,

    /// <summary>Stryker chose not to test it (a filter, or a block already covered): not counted.</summary>
    Ignored,

    /// <summary>Not yet tested (a report written mid-run): not counted.</summary>
    Pending,
}
