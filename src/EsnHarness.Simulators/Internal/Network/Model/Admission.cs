using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>What a cell's load does to a terminal's mission-critical bearers: their state, the loss it adds, and why.</summary>
internal sealed record Admission(BearerState State, double ExtraLoss, string Reason)
{
    public static Admission Admitted { get; } = new(BearerState.Admitted, 0, "");
}
