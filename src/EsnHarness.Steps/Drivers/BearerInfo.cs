namespace EsnHarness.Steps.Drivers;

/// <summary>One EPS bearer of a terminal as the network reports it.</summary>
/// <param name="Class">McVoice, McSignalling, McData or Public, as the network names it.</param>
/// <param name="Qci">QoS class identifier (65 MC voice, 69 MC signalling, 70 MC data, 9 best effort).</param>
/// <param name="ArpPriorityLevel">ARP priority level, 1 highest.</param>
/// <param name="State">Admitted, Queued, PreEmpted or Released, as the network names it.</param>
/// <param name="IsMissionCriticalVoice">The MCPTT voice bearer.</param>
/// <param name="Admitted">Carried in its cell.</param>
public sealed record BearerInfo(string Class, uint Qci, uint ArpPriorityLevel, string State, bool IsMissionCriticalVoice, bool Admitted);
