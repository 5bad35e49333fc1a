namespace EsnHarness.Steps.Drivers;

/// <summary>What kind of client a cast member uses.</summary>
public enum MemberKind
{
    /// <summary>An ESN handheld or vehicle terminal.</summary>
    Terminal,

    /// <summary>A control-room dispatcher console (an MCX client).</summary>
    Console,

    /// <summary>An Airwave (TETRA) radio reaching ESN through the interworking function.</summary>
    AirwaveRadio,

    /// <summary>An agency system that is its own MCX client, e.g. a CAD gateway: the harness never drives it as a terminal.</summary>
    AgencySystem,
}
