using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>One voice frame on the sidelink (RTP over PC5), for a group call's members or one private call party.</summary>
/// <param name="From">The talker's MCPTT ID.</param>
/// <param name="To">The other party of a private call; null for a group call.</param>
/// <param name="Packet">The frame (its call ID names the call).</param>
internal sealed record VoiceSignal(string From, string? To, MediaPacket Packet) : SidelinkMessage(From);
