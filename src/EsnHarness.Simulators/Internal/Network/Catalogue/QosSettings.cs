namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>
/// Default ARP priority levels of mission-critical and public bearers, and the user-plane interruption of a handover.
/// ESN's actual settings are unconfirmed (ESN-DOMAIN-DEPTH §4): the places file may change them.
/// </summary>
internal sealed record QosSettings(uint McArpPriorityLevel, uint PublicArpPriorityLevel, uint HandoverInterruptionMs)
{
    public static QosSettings Default { get; } = new(2, 9, 40);

    public static QosSettings From(QosFile? file, string where)
    {
        if (file is null)
        {
            return Default;
        }

        var mc = file.McArpPriorityLevel ?? Default.McArpPriorityLevel;
        var pub = file.PublicArpPriorityLevel ?? Default.PublicArpPriorityLevel;
        if (mc is < 1 or > 15 || pub is < 1 or > 15 || mc >= pub)
        {
            throw new SimulatorConfigurationException($"{where}: ARP priority levels are 1 (highest) to 15 and mission-critical must be above public, got {mc} and {pub}");
        }

        return new QosSettings(mc, pub, file.HandoverInterruptionMs ?? Default.HandoverInterruptionMs);
    }
}
