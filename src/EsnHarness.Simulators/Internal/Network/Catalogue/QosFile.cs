namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>QoS settings in a places file: default ARP priority levels and the handover interruption.</summary>
internal sealed record QosFile(uint? McArpPriorityLevel = null, uint? PublicArpPriorityLevel = null, uint? HandoverInterruptionMs = null, string? Source = null);
