namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// Type of a floor request, highest wins first: emergency &gt; imminent peril &gt; normal
/// (TS 24.380 §6.3.4.4.3 pre-emption; TS 22.179 §6.8.6; ESN-DOMAIN §4).
/// </summary>
public enum FloorPriorityLevel
{
    /// <summary>An ordinary request.</summary>
    Normal = 0,

    /// <summary>A request made in an imminent-peril group call.</summary>
    ImminentPeril = 1,

    /// <summary>A request made in an emergency call.</summary>
    Emergency = 2,
}
