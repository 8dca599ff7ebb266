// Breaks MLK900: reflection reads what the tests expect instead of computing it. The rule
// speaks only in files whose .editorconfig sets mlkata_submission_policy = true, as a
// learner's files in a graded submission.
namespace RuleExamples;

public static class AnswerPeeker
{
    public static object? Expected(string testType) =>
        Type.GetType(testType)?.GetField("Expected")?.GetValue(null);
}
