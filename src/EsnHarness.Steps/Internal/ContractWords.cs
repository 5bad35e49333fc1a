using EsnHarness.Contracts.Common.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Internal;

/// <summary>The contracts' closed sets as the steps' own model names them.</summary>
internal static class ContractWords
{
    public static Coverage ToCoverage(CoverageType type) => type switch
    {
        CoverageType.Surface => Coverage.Surface,
        CoverageType.InBuilding => Coverage.InBuilding,
        CoverageType.DeepStation => Coverage.DeepStation,
        CoverageType.UndergroundTunnel => Coverage.UndergroundTunnel,
        CoverageType.ElizabethLine => Coverage.ElizabethLine,
        CoverageType.River => Coverage.River,
        CoverageType.AirToGround => Coverage.AirToGround,
        CoverageType.NoCoverage => Coverage.NoCoverage,
        _ => Coverage.Unknown,
    };

    /// <summary>A location trigger as esn.mcx.v1 carries it ("periodic", "cell-change", ...).</summary>
    /// <exception cref="ExpectationFailedException">The service sent a trigger the contract does not define.</exception>
    public static LocationTrigger ToLocationTrigger(string trigger) => trigger switch
    {
        "periodic" => LocationTrigger.Periodic,
        "distance" => LocationTrigger.Distance,
        "cell-change" => LocationTrigger.CellChange,
        "log-on" => LocationTrigger.LogOn,
        "emergency-alert" => LocationTrigger.EmergencyAlert,
        "emergency-call" => LocationTrigger.EmergencyCall,
        "manual" => LocationTrigger.Manual,
        _ => throw new ExpectationFailedException(
            $"The MCX location service reported a location with trigger '{trigger}', which esn.mcx.v1 does not define (periodic, distance, cell-change, log-on, emergency-alert, emergency-call, manual)."),
    };
}
