using NUnit.Framework;

namespace MlKata.Testing;

/// <summary>How many points a test is worth when a kata is graded.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PointsAttribute : PropertyAttribute
{
    /// <summary>The NUnit property name under which the points are stored.</summary>
    public const string PropertyName = "Points";

    /// <summary>Marks a test as worth <paramref name="points"/> points (at least 1).</summary>
    public PointsAttribute(int points) : base(PropertyName, points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        Points = points;
    }

    /// <summary>The points the test is worth.</summary>
    public int Points { get; }
}
