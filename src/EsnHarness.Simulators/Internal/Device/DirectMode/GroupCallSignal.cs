using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>A GROUP CALL PROBE or ANNOUNCEMENT (TS 24.379 §10.2.2).</summary>
/// <param name="From">The sender's MCPTT ID.</param>
/// <param name="Kind">Probe or announcement.</param>
/// <param name="GroupId">The group (its ProSe layer-2 group identity off-network).</param>
/// <param name="CallId">The call announced; empty in a probe.</param>
/// <param name="Type">The call type announced (basic, emergency, imminent peril: TS 24.379 §10.2.3).</param>
/// <param name="Originator">Who set the call up.</param>
/// <param name="StartedAt">When the call was set up (the originator's clock).</param>
internal sealed record GroupCallSignal(string From, GroupCallSignalKind Kind, string GroupId, string CallId, CallType Type, string Originator, DateTimeOffset StartedAt)
    : SidelinkMessage(From);
