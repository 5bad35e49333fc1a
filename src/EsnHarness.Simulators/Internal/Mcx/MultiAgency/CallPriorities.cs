using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Mcx.MultiAgency;

/// <summary>
/// The ARP the service asks the radio network for, per call (TS 23.280 §5.2.11 requested priority; TS 24.379 §4.13): an
/// emergency call ARP 1 and not pre-emptable, an imminent-peril call ARP 2, any other call ARP 3 (group priority 255) to
/// 15 (group priority 0), pre-emptable. The mapping of group priority to ARP is a London assumption (ESN's ARP settings
/// are unconfirmed, ESN-DOMAIN-DEPTH §4); every call may pre-empt a call of lower priority.
/// </summary>
internal static class CallPriorities
{
    /// <summary>The group priority a private call is treated as having.</summary>
    public const uint PrivateCallPriority = 100;

    /// <summary>The one ARP every call gets under the mcx.call-priority-not-signalled defect.</summary>
    public const uint UnsignalledLevel = 8;

    public static AllocationRetentionPriority Of(CallPlan plan, bool unsignalled)
    {
        if (unsignalled)
        {
            return new AllocationRetentionPriority { PriorityLevel = UnsignalledLevel, PreEmptionCapability = true, PreEmptionVulnerability = true };
        }

        return plan.Type switch
        {
            CallType.EmergencyGroup or CallType.EmergencyPrivate => new AllocationRetentionPriority { PriorityLevel = 1, PreEmptionCapability = true },
            CallType.ImminentPerilGroup => new AllocationRetentionPriority { PriorityLevel = 2, PreEmptionCapability = true, PreEmptionVulnerability = true },
            _ => new AllocationRetentionPriority
            {
                PriorityLevel = 3 + (uint)Math.Round((255 - Math.Min(plan.GroupPriority, 255)) * 12 / 255.0, MidpointRounding.AwayFromZero),
                PreEmptionCapability = true,
                PreEmptionVulnerability = true,
            },
        };
    }
}
