// Breaks MLK010: the counts are divided as integers, so the rate is 0 until every impression
// is a click, and only then becomes a double.
namespace RuleExamples;

public static class ClickThroughRate
{
    public static double Of(int clicks, int impressions) => impressions == 0 ? 0 : clicks / impressions;
}
