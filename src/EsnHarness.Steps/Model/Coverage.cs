namespace EsnHarness.Steps.Model;

/// <summary>The radio coverage type of a London place, as the network model gives it.</summary>
public enum Coverage
{
    /// <summary>The network model did not say.</summary>
    Unknown,

    /// <summary>Outdoor macro coverage.</summary>
    Surface,

    /// <summary>Inside a large building or venue.</summary>
    InBuilding,

    /// <summary>A deep London Underground station (neutral host).</summary>
    DeepStation,

    /// <summary>A London Underground running tunnel.</summary>
    UndergroundTunnel,

    /// <summary>Elizabeth line tunnels and stations.</summary>
    ElizabethLine,

    /// <summary>On the river Thames.</summary>
    River,

    /// <summary>ESN Air (NPAS aircraft, 500 to 10,000 ft).</summary>
    AirToGround,

    /// <summary>No ESN coverage at all.</summary>
    NoCoverage,
}
