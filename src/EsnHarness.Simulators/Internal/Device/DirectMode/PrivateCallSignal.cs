using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>An off-network private call control message (TS 24.379 §11.2), addressed to one user.</summary>
/// <param name="From">The sender's MCPTT ID.</param>
/// <param name="Kind">Which message.</param>
/// <param name="To">The user it is for.</param>
/// <param name="CallId">The call.</param>
/// <param name="Type">Private or emergency private.</param>
/// <param name="Commencement">Manual or automatic (set-up request).</param>
internal sealed record PrivateCallSignal(string From, PrivateCallSignalKind Kind, string To, string CallId, CallType Type, CommencementMode Commencement)
    : SidelinkMessage(From);
