namespace EsnHarness.Steps.Model;

/// <summary>How a terminal obtained a position it reported (TS 23.280 §10.9 location information).</summary>
public enum PositionSource
{
    /// <summary>Not said (not a terminal's fix).</summary>
    NotSaid,

    /// <summary>A satellite (GNSS) fix.</summary>
    Gnss,

    /// <summary>No GNSS fix: the serving cell's position.</summary>
    Cell,
}
