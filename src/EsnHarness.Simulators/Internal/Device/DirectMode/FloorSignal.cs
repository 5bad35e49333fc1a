using EsnHarness.Simulators.FloorControl.OffNetwork;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>An off-network floor control message (TS 24.380 clause 7) in one call.</summary>
/// <param name="From">The sender's MCPTT ID.</param>
/// <param name="CallId">The call it belongs to.</param>
/// <param name="Message">The floor message.</param>
internal sealed record FloorSignal(string From, string CallId, OffNetworkFloorMessage Message) : SidelinkMessage(From);
