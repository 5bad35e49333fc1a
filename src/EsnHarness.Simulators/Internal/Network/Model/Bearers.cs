using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Network.Catalogue;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>
/// A terminal's EPS bearers (TS 23.203 table 6.1.7): MC signalling QCI 69, MC voice QCI 65 (GBR) and MC data QCI 70,
/// with ARP that may pre-empt and is not pre-emptable. Without QoS (a defect) they all ride the default bearer, QCI 9.
/// </summary>
internal static class Bearers
{
    private static readonly (BearerClass Class, uint Qci, bool Gbr, double DelayMs, double Loss)[] MissionCritical =
    [
        (BearerClass.McSignalling, 69, false, 60, 1e-6),
        (BearerClass.McVoice, 65, true, 75, 1e-2),
        (BearerClass.McData, 70, false, 200, 1e-6),
    ];

    public static IEnumerable<Bearer> Of(uint level, Admission admission, bool withoutQos, QosSettings qos) =>
        MissionCritical.Select(b => withoutQos
            ? new Bearer
            {
                BearerClass = b.Class,
                Qci = 9,
                Arp = new AllocationRetentionPriority { PriorityLevel = qos.PublicArpPriorityLevel, PreEmptionCapability = false, PreEmptionVulnerability = true },
                GuaranteedBitRate = false,
                PacketDelayBudgetMs = 300,
                PacketErrorLossRate = 1e-6,
                State = admission.State,
                Reason = admission.Reason,
            }
            : new Bearer
            {
                BearerClass = b.Class,
                Qci = b.Qci,
                Arp = new AllocationRetentionPriority { PriorityLevel = level, PreEmptionCapability = true, PreEmptionVulnerability = false },
                GuaranteedBitRate = b.Gbr,
                PacketDelayBudgetMs = b.DelayMs,
                PacketErrorLossRate = b.Loss,
                State = admission.State,
                Reason = admission.Reason,
            });

    /// <summary><paramref name="bearers"/> as a network without QoS reports them (the public-load defect): the default bearer, QCI 9, public ARP.</summary>
    public static IEnumerable<Bearer> WithoutQos(IEnumerable<Bearer> bearers, QosSettings qos) =>
        bearers.Select(b => Of(0, new Admission(b.State, 0, b.Reason), withoutQos: true, qos).Single(d => d.BearerClass == b.BearerClass));
}
