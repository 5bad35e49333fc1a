namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>A mission-critical session (an MC service's call) holding units in the cells serving its parties.</summary>
/// <param name="SessionId">The MC service's ID for it.</param>
/// <param name="Level">ARP priority level, 1 highest.</param>
/// <param name="Vulnerable">May be pre-empted by a session of higher priority.</param>
/// <param name="Units">Units held, by cell ID.</param>
/// <param name="Order">Admission order (a later session has a higher number).</param>
internal sealed record McSession(string SessionId, uint Level, bool Vulnerable, IReadOnlyDictionary<string, uint> Units, long Order)
{
    public uint UnitsIn(string cellId) => Units.GetValueOrDefault(cellId);
}
