// Breaks MLK006: string hashing is seeded per process, so each server (and each restart) puts
// the same user in a different arm of the experiment.
using System;

namespace RuleExamples;

public sealed class ExperimentAssigner(int treatmentPercent)
{
    public string Assign(string userId) =>
        Math.Abs(userId.GetHashCode()) % 100 < treatmentPercent ? "treatment" : "control";
}
