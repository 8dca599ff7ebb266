// Breaks MLK014: every query orders all n scores to keep the best k, O(n) memory and up to
// O(n log n) time per call, where a heap of k needs O(n log k) and O(k).
namespace RuleExamples;

public static class SortingRanker
{
    public static int[] Best(float[] scores, int k) =>
        Enumerable.Range(0, scores.Length)
            .OrderByDescending(i => scores[i])
            .Take(k)
            .ToArray();
}
