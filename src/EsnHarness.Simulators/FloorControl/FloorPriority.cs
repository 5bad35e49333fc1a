namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// The priority a floor request carries: the call type (<see cref="Level"/>) first, then the floor
/// priority within that type (<see cref="Priority"/>, TS 24.380 §8.2.3.2 Floor Priority field, 0-255);
/// a higher value wins in both.
/// </summary>
/// <param name="Level">Call type of the request.</param>
/// <param name="Priority">Floor priority within the call type; higher wins.</param>
public readonly record struct FloorPriority(FloorPriorityLevel Level, int Priority) : IComparable<FloorPriority>
{
    /// <summary>A normal request with floor priority 0.</summary>
    public static FloorPriority Normal => new(FloorPriorityLevel.Normal, 0);

    /// <inheritdoc />
    public int CompareTo(FloorPriority other)
    {
        var byLevel = Level.CompareTo(other.Level);
        return byLevel != 0 ? byLevel : Priority.CompareTo(other.Priority);
    }

    /// <summary>True when <paramref name="left"/> ranks below <paramref name="right"/>.</summary>
    public static bool operator <(FloorPriority left, FloorPriority right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> ranks above <paramref name="right"/>.</summary>
    public static bool operator >(FloorPriority left, FloorPriority right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> ranks below or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(FloorPriority left, FloorPriority right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> ranks above or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(FloorPriority left, FloorPriority right) => left.CompareTo(right) >= 0;
}
