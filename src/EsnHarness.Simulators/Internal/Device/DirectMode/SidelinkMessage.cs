namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// One message on the direct-mode channel (MONP / RTP over ProSe one-to-many direct communication, TS 24.379 §4.1): every
/// terminal in range hears it; each decides from its contents whether it is for it.
/// </summary>
/// <param name="From">The sender's MCPTT ID.</param>
internal abstract record SidelinkMessage(string From);
