namespace EsnHarness.Steps.Drivers;

/// <summary>What kind of client a cast member uses.</summary>
public enum MemberKind
{
    /// <summary>An ESN handheld terminal.</summary>
    Terminal,

    /// <summary>A vehicle-mounted ESN device (e.g. a fire appliance's, which can relay direct mode to the network).</summary>
    Vehicle,

    /// <summary>A control-room dispatcher console (an MCX client).</summary>
    Console,

    /// <summary>An Airwave (TETRA) radio reaching ESN through the interworking function.</summary>
    AirwaveRadio,

    /// <summary>An agency system that is its own MCX client, e.g. a CAD gateway: the harness never drives it as a terminal.</summary>
    AgencySystem,
}
